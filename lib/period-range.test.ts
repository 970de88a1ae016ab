import { describe, expect, it } from "vitest";
import { periodRangeError } from "./period-range";

describe("a custom performance period", () => {
  it("accepts a day, a month and a leap year", () => {
    expect(periodRangeError("2026-11-24", "2026-11-24")).toBeNull();
    expect(periodRangeError("2026-11-01", "2026-11-30")).toBeNull();
    expect(periodRangeError("2028-01-01", "2028-12-31")).toBeNull();
  });

  it("refuses an end before its start, at the end field", () => {
    expect(periodRangeError("2026-11-24", "2026-11-23")).toEqual({
      field: "to",
      message: "The end date must be on or after the start date.",
    });
  });

  it("refuses more than a year", () => {
    expect(periodRangeError("2025-01-01", "2026-01-02")?.message).toBe("Choose at most 366 days (this range is 367).");
    expect(periodRangeError("2020-01-01", "2026-11-24")?.field).toBe("to");
  });

  it("refuses days that do not exist and years nobody means", () => {
    expect(periodRangeError("2026-02-30", "2026-03-01")).toEqual({
      field: "from",
      message: "Choose a date from the calendar.",
    });
    expect(periodRangeError("0001-01-01", "2026-01-01")?.message).toBe("Choose a date between 2000 and 2100.");
    expect(periodRangeError("2026-01-01", "+20000-01-01")?.field).toBe("to");
  });
});
