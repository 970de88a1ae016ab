import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PAGE, pageParam } from "./page-rules";

describe("a page number from an address", () => {
  it("reads a whole number from 1 as typed, and anything else as the first page", () => {
    const read: [unknown, number][] = [
      ["1", 1],
      ["2", 2],
      [" 3 ", 3],
      ["3.0", 3],
      ["1e2", 100],
      ["0x10", 16],
      [String(MAX_PAGE), MAX_PAGE],
      [["4"], 4],
      [undefined, 1],
      [null, 1],
      ["", 1],
      [" ", 1],
      ["3.5", 1],
      ["0", 1],
      ["-1", 1],
      [String(MAX_PAGE + 1), 1],
      ["1e9", 1],
      ["abc", 1],
      ["Infinity", 1],
      ["NaN", 1],
      ["2,5", 1],
    ];
    for (const [value, page] of read) expect(pageParam(value), JSON.stringify(value)).toBe(page);
  });

  it("always answers a page that exists", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer().map(String), fc.double().map(String)), (value) => {
        const page = pageParam(value);
        expect(Number.isInteger(page) && page >= 1 && page <= MAX_PAGE).toBe(true);
      }),
    );
  });
});
