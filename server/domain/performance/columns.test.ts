import { describe, expect, it } from "vitest";
import { figureKeys } from "@/lib/figures";
import { figureColumns, figureTrend } from "./columns";

const percentUp = { format: "percent", higherIsBetter: true } as const;
const minutesDown = { format: "minutes", higherIsBetter: false } as const;

describe("figureTrend", () => {
  it("shows no movement between two values that read the same", () => {
    expect(figureTrend(0.91604, 0.91641, percentUp)).toBe("same");
    expect(figureTrend(12.4, 11.6, minutesDown)).toBe("same");
    expect(figureTrend(0.5, 0.5, percentUp)).toBe("same");
  });

  it("says which way a figure moved and whether that is better", () => {
    expect(figureTrend(0.93, 0.9, percentUp)).toEqual({ moved: "up", better: true });
    expect(figureTrend(0.88, 0.9, percentUp)).toEqual({ moved: "down", better: false });
    expect(figureTrend(14, 18, minutesDown)).toEqual({ moved: "down", better: true });
  });

  it("has nothing to say when either period has no figure", () => {
    expect(figureTrend(null, 0.9, percentUp)).toBeNull();
    expect(figureTrend(0.9, null, percentUp)).toBeNull();
  });
});

describe("figureColumns", () => {
  it("defines every figure the leaderboard may sort by, once", () => {
    expect(figureColumns.map((c) => c.key).sort()).toEqual([...figureKeys].sort());
  });
});
