import fc from "fast-check";
import superjson, { type SuperJSONResult } from "superjson";
import { describe, expect, it } from "vitest";
import { wireKey as key, overTheWire, wireScalar as scalar } from "@/lib/testing/wire-values";
import { deserialize as readInTheBrowser } from "@/lib/wire-format";
import { serializeAnswer } from "./answer-format";

/** Answers of plain data: written in one pass. */
const plain: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    scalar,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(key, tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** Answers that may hold anything superjson writes: handed to superjson whole. */
const any: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    scalar,
    fc.constant(new Date(Number.NaN)),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(key, tie("value"), { maxKeys: 4 }),
    fc.array(tie("value"), { maxLength: 3 }).map((values) => new Set(values)),
    fc.array(fc.tuple(fc.string(), tie("value")), { maxLength: 3 }).map((entries) => new Map(entries)),
  ),
})).value;

describe("the server's answers in superjson's format", () => {
  it("writes plain data exactly as superjson writes it, shared references aside", () => {
    // superjson notes repeated values as one reference (even NaN); plain data reads the same without.
    const withoutReferences = ({ json, meta }: SuperJSONResult) => {
      if (!meta) return { json };
      const { referentialEqualities: _, ...rest } = meta;
      return Object.keys(rest).length ? { json, meta: rest } : { json };
    };
    fc.assert(
      fc.property(plain, (value) => {
        expect(serializeAnswer(value)).toEqual(withoutReferences(superjson.serialize(value)));
      }),
      { numRuns: 2000 },
    );
  });

  it("is read back by superjson and by the browser as superjson's own answer is, whatever it holds", () => {
    fc.assert(
      fc.property(any, (value) => {
        const ours = overTheWire(serializeAnswer(value));
        const theirs = overTheWire(superjson.serialize(value));
        expect(superjson.deserialize(structuredClone(ours))).toEqual(superjson.deserialize(structuredClone(theirs)));
        let browser: unknown;
        try {
          browser = readInTheBrowser(structuredClone(theirs));
        } catch {
          return; // A value the browser refuses from superjson too.
        }
        expect(readInTheBrowser(structuredClone(ours))).toEqual(browser);
      }),
      { numRuns: 2000 },
    );
  });

  it("writes the same date twice rather than as one reference", () => {
    const at = new Date("2026-12-05T12:00:00Z");
    const written = overTheWire(serializeAnswer({ windowStart: at, windowEnd: at }));
    const read = superjson.deserialize<{ windowStart: Date; windowEnd: Date }>(written);
    expect(read.windowStart).toEqual(at);
    expect(read.windowEnd).toEqual(at);
    expect(written.meta?.referentialEqualities).toBeUndefined();
  });
});
