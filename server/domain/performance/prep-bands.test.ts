import { describe, expect, it } from "vitest";
import { prepBands } from "./drilldown";

describe("prep-time bands", () => {
  it("counts each parcel in the band its minutes fall in, the last band open-ended", () => {
    const bands = prepBands({ 0: 2, 9: 1, 10: 4, 59: 1, 60: 3, 119: 1, 120: 5, 900: 1 });
    expect(bands).toEqual([
      { label: "0–10 min", count: 3 },
      { label: "10–20 min", count: 4 },
      { label: "20–30 min", count: 0 },
      { label: "30–45 min", count: 0 },
      { label: "45–60 min", count: 1 },
      { label: "60–120 min", count: 4 },
      { label: "120+ min", count: 6 },
    ]);
  });
});
