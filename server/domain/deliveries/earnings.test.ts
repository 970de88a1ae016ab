import { describe, expect, it } from "vitest";
import { dailyEarnings } from "./earnings";

const CHICAGO = "America/Chicago";

/** Deliveries at instants written with their UTC offset, so the test does not use the module's maths. */
const at = (...instants: string[]) => instants.map((iso) => ({ deliveredAt: new Date(iso) }));

describe("dailyEarnings", () => {
  it("multiplies delivered parcels by the rate per local day, sorted by day", () => {
    const deliveries = at(
      "2026-06-12T15:00:00-05:00",
      "2026-06-10T09:00:00-05:00",
      "2026-06-12T10:00:00-05:00",
      "2026-06-10T17:45:00-05:00",
      "2026-06-12T08:15:00-05:00",
    );
    expect(dailyEarnings(deliveries, 250, CHICAGO)).toEqual([
      { day: "2026-06-10", parcels: 2, cents: 500 },
      { day: "2026-06-12", parcels: 3, cents: 750 },
    ]);
  });

  it("lists nothing for no deliveries", () => {
    expect(dailyEarnings([], 250, CHICAGO)).toEqual([]);
  });

  it("puts 00:30 and 23:30 on the spring-forward day (2026-03-08, a 23-hour day) on that day", () => {
    const deliveries = at(
      "2026-03-07T23:30:00-06:00", // Saturday night, CST: already Sunday 05:30 in UTC
      "2026-03-08T00:30:00-06:00", // Sunday 00:30 CST
      "2026-03-08T23:30:00-05:00", // Sunday 23:30 CDT: already Monday 04:30 in UTC
      "2026-03-09T00:30:00-05:00", // Monday 00:30 CDT
    );
    expect(deliveries[2]!.deliveredAt.toISOString()).toBe("2026-03-09T04:30:00.000Z");
    expect(dailyEarnings(deliveries, 250, CHICAGO)).toEqual([
      { day: "2026-03-07", parcels: 1, cents: 250 },
      { day: "2026-03-08", parcels: 2, cents: 500 },
      { day: "2026-03-09", parcels: 1, cents: 250 },
    ]);
  });

  it("puts 00:30, both 01:30s and 23:30 on the fall-back day (2026-11-01, a 25-hour day) on that day", () => {
    const deliveries = at(
      "2026-10-31T23:30:00-05:00", // Saturday night, CDT: Sunday 04:30 in UTC
      "2026-11-01T00:30:00-05:00", // Sunday 00:30 CDT
      "2026-11-01T01:30:00-05:00", // the first 01:30 (CDT)
      "2026-11-01T01:30:00-06:00", // the second 01:30 (CST), an hour later
      "2026-11-01T23:30:00-06:00", // Sunday 23:30 CST: Monday 05:30 in UTC
      "2026-11-02T00:30:00-06:00", // Monday 00:30 CST
    );
    expect(dailyEarnings(deliveries, 275, CHICAGO)).toEqual([
      { day: "2026-10-31", parcels: 1, cents: 275 },
      { day: "2026-11-01", parcels: 4, cents: 1100 },
      { day: "2026-11-02", parcels: 1, cents: 275 },
    ]);
  });

  it("uses the store's zone, not UTC or the server's", () => {
    // 04:30 UTC on Sept 2 is still Sept 1 in Chicago and in Phoenix, but Sept 2 in UTC.
    const deliveries = at("2026-09-02T04:30:00Z", "2026-09-02T06:30:00Z");
    expect(dailyEarnings(deliveries, 100, CHICAGO).map((d) => d.day)).toEqual(["2026-09-01", "2026-09-02"]);
    expect(dailyEarnings(deliveries, 100, "America/Phoenix").map((d) => d.day)).toEqual(["2026-09-01"]);
    expect(dailyEarnings(deliveries, 100, "UTC").map((d) => d.day)).toEqual(["2026-09-02"]);
  });

  it("sorts across a month and year boundary", () => {
    const deliveries = at("2027-01-01T12:00:00-06:00", "2026-12-31T12:00:00-06:00", "2026-02-01T12:00:00-06:00");
    expect(dailyEarnings(deliveries, 250, CHICAGO).map((d) => d.day)).toEqual([
      "2026-02-01",
      "2026-12-31",
      "2027-01-01",
    ]);
  });

  it("pays nothing at a zero rate but still counts parcels", () => {
    expect(dailyEarnings(at("2026-06-10T12:00:00-05:00"), 0, CHICAGO)).toEqual([
      { day: "2026-06-10", parcels: 1, cents: 0 },
    ]);
  });

  it("refuses a rate that is not whole, non-negative cents", () => {
    for (const rate of [2.5, -250, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => dailyEarnings([], rate, CHICAGO)).toThrow(RangeError);
    }
  });

  it("refuses an invalid delivery time", () => {
    expect(() => dailyEarnings([{ deliveredAt: new Date("not a date") }], 250, CHICAGO)).toThrow(RangeError);
  });
});
