import fc from "fast-check";
import type { SuperJSONResult } from "superjson";
import type { Wire } from "../wire-format";

/** Keys an answer may hold, with the ones superjson's paths must escape. */
export const wireKey = fc
  .oneof(fc.string({ maxLength: 6 }), fc.constantFrom("a.b", "a\\b", "\\.", ".", "", "0", "then"))
  .filter((k) => !["__proto__", "constructor", "prototype"].includes(k));

export const wireDate = fc.date({ min: new Date("1900-01-01"), max: new Date("2200-01-01"), noInvalidDate: true });

/** Every value of an answer that is neither an object nor an array. */
export const wireScalar = fc.oneof(
  fc.string(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  wireDate,
  fc.bigInt(),
);

/** What arrives at the other end: JSON text, parsed. */
export const overTheWire = (wire: unknown) => JSON.parse(JSON.stringify(wire)) as Wire & SuperJSONResult;
