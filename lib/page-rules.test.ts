import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pageParam } from "./page-rules";
import { pageParamSchema } from "./pagination";

describe("a page number from an address, without zod", () => {
  it("reads every address as the procedures' schema reads it", () => {
    const typed = [undefined, null, "", " ", "1", "2", " 3 ", "3.0", "3.5", "0", "-1", "1e2", "1e9", "0x10"];
    for (const value of [...typed, "100000", "100001", "abc", "Infinity", "NaN", "2,5"]) {
      expect(pageParam(value), String(value)).toBe(pageParamSchema.parse(value ?? undefined));
    }
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer().map(String), fc.double().map(String)), (value) => {
        expect(pageParam(value)).toBe(pageParamSchema.parse(value));
      }),
    );
  });
});
