import fc from "fast-check";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { wireDate as date, wireKey as key, overTheWire, wireScalar } from "./testing/wire-values";
import { deserialize, serialize } from "./wire-format";

/** What the server's answers may hold. */
const answer: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    wireScalar,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(key, tie("value"), { maxKeys: 4 }),
    fc.array(tie("value"), { maxLength: 3 }).map((values) => new Set(values)),
    // Keyed by plain strings and numbers: superjson itself misreads a NaN key.
    fc
      .array(fc.tuple(fc.oneof(fc.string(), fc.integer()), tie("value")), { maxLength: 3 })
      .map((entries) => new Map(entries)),
  ),
})).value;

/** What the browser sends: plain data and dates. */
const input: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string(),
    // JSON has no -0: a number sent is its value, sign of zero aside.
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
    fc.boolean(),
    fc.constant(null),
    date,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(key, tie("value"), { maxKeys: 4 }),
  ),
})).value;

describe("the browser's wire format", () => {
  it("reads every answer superjson writes exactly as superjson reads it", () => {
    fc.assert(
      fc.property(answer, (value) => {
        const sent = overTheWire(superjson.serialize(value));
        expect(deserialize(structuredClone(sent))).toEqual(superjson.deserialize(structuredClone(sent)));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads the dates of a real answer as dates", () => {
    const when = new Date("2026-12-05T07:00:00Z");
    const read = deserialize<{ arrivals: { windowStart: Date; eta?: Date }[] }>(
      overTheWire(superjson.serialize({ arrivals: [{ windowStart: when, eta: undefined }] })),
    );
    expect(read.arrivals[0]?.windowStart).toBeInstanceOf(Date);
    expect(read.arrivals[0]?.windowStart.getTime()).toBe(when.getTime());
    expect(read.arrivals[0]).toHaveProperty("eta", undefined);
  });

  it("writes what superjson reads back as the browser's value", () => {
    fc.assert(
      fc.property(input, (value) => {
        expect(superjson.deserialize(overTheWire(serialize(value)))).toEqual(value);
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses a value it cannot carry instead of sending it wrong", () => {
    for (const value of [
      new Map(),
      new Set([1]),
      1n,
      Number.NaN,
      { at: Number.POSITIVE_INFINITY },
      new (class Shape {})(),
    ])
      expect(() => serialize(value)).toThrow();
  });

  it("refuses an answer with a value it does not know or a path into an object's prototype", () => {
    expect(() => deserialize({ json: {}, meta: { values: { a: ["class"] } } })).toThrow(/cannot read/);
    expect(() => deserialize({ json: {}, meta: { values: { "__proto__.polluted": ["Date"] } } })).toThrow(
      /invalid path/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
