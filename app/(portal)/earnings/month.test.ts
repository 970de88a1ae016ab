import { describe, expect, it } from "vitest";
import { monthFrom, shiftMonth } from "./month";

// 05:30 UTC on 1 December is still 30 November in Chicago.
const now = new Date("2026-12-01T05:30:00Z");

describe("the earnings month", () => {
  it("is the store's current local month when none or a junk one is asked for", () => {
    expect(monthFrom(undefined, "America/Chicago", now)).toBe("2026-11");
    expect(monthFrom("2026-13", "America/Chicago", now)).toBe("2026-11");
    expect(monthFrom("2026-12", "UTC", now)).toBe("2026-12");
  });

  it("keeps a past month and never opens a month that has not begun", () => {
    expect(monthFrom("2025-02", "America/Chicago", now)).toBe("2025-02");
    expect(monthFrom("2026-12", "America/Chicago", now)).toBe("2026-11");
    expect(monthFrom("2030-01", "America/Chicago", now)).toBe("2026-11");
  });

  it("steps across a year", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
  });
});
