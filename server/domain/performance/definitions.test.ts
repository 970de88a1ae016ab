import { describe, expect, it } from "vitest";
import { addCountersInto, emptyCounters, fraction, histogramMedian } from "./definitions";
import { MAX_PERIOD_DAYS, periodDays, previousPeriod } from "./period";

describe("rates and medians", () => {
  it("turns a rate into a fraction, or null with nothing to divide by", () => {
    expect(fraction({ numerator: 3, denominator: 4 })).toBe(0.75);
    expect(fraction({ numerator: 0, denominator: 0 })).toBeNull();
  });

  it("reads the median from a histogram of whole minutes", () => {
    expect(histogramMedian({})).toBeNull();
    expect(histogramMedian({ 7: 0 })).toBeNull();
    expect(histogramMedian({ 12: 1 })).toBe(12);
    expect(histogramMedian({ 30: 1, 5: 1, 100: 1 })).toBe(30); // 5 [30] 100, keys out of order
    expect(histogramMedian({ 10: 1, 20: 1 })).toBe(15); // (10 + 20) / 2
    expect(histogramMedian({ 1: 3, 9: 2 })).toBe(1); // 1 1 [1] 9 9
    expect(histogramMedian({ 1: 2, 9: 2 })).toBe(5); // 1 [1 9] 9
  });

  it("adds counters field by field into the target, leaving the source as it was", () => {
    const a = { ...emptyCounters(), parcelsDue: 2, prepMinutes: { 5: 1 } };
    const b = { ...emptyCounters(), parcelsDue: 3, prepMinutes: { 5: 2, 8: 1 } };
    b.failedAttempts.refused = 4;
    const sum = addCountersInto(a, b);
    expect(sum).toBe(a);
    expect(sum.parcelsDue).toBe(5);
    expect(sum.prepMinutes).toEqual({ 5: 3, 8: 1 });
    expect(sum.failedAttempts.refused).toBe(4);
    expect(b.prepMinutes).toEqual({ 5: 2, 8: 1 });
    expect(b.parcelsDue).toBe(3);
  });
});

describe("periods", () => {
  it("gives the same-length period just before", () => {
    expect(previousPeriod("2026-11-24", "2026-11-24")).toEqual({ from: "2026-11-23", to: "2026-11-23" });
    expect(previousPeriod("2026-03-01", "2026-03-30")).toEqual({ from: "2026-01-30", to: "2026-02-28" });
    expect(previousPeriod("2026-01-01", "2026-01-07")).toEqual({ from: "2025-12-25", to: "2025-12-31" });
  });

  it("refuses reversed, malformed or overlong periods", () => {
    expect(periodDays({ from: "2026-10-30", to: "2026-11-01" })).toEqual(["2026-10-30", "2026-10-31", "2026-11-01"]);
    expect(() => periodDays({ from: "2026-11-02", to: "2026-11-01" })).toThrow(/before it starts/);
    expect(() => periodDays({ from: "yesterday", to: "2026-11-01" })).toThrow(/Not a period/);
    expect(() => periodDays({ from: "2024-01-01", to: "2026-11-01" })).toThrow(`at most ${MAX_PERIOD_DAYS} days`);
  });
});
