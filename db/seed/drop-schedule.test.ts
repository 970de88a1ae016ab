import { describe, expect, it } from "vitest";
import { localDayOf } from "@/lib/local-day";
import { generateDemo } from "./demo";

describe("the demo's drop-offs", () => {
  // Just after midnight in Chicago, where a UTC day and a local day differ most.
  const now = new Date("2026-11-25T06:30:00Z");
  it("are never scheduled on a store's closure day", { timeout: 60_000 }, () => {
    const rows = generateDemo(now, "unused-hash");
    const zone = new Map(rows.partners.map((p) => [p.id, p.timeZone]));
    const closed = new Set(rows.closureDays.map((c) => `${c.partnerId}|${c.day}`));
    const drops = rows.arrivals.filter((a) => a.kind === "dropoff");
    expect(drops.length).toBeGreaterThan(100);
    expect(rows.closureDays.some((c) => c.day < localDayOf(now, zone.get(c.partnerId)!))).toBe(true);
    const onClosureDays = drops.filter((a) =>
      closed.has(`${a.partnerId}|${localDayOf(a.windowStart, zone.get(a.partnerId)!)}`),
    );
    expect(onClosureDays).toEqual([]);
  });
});
