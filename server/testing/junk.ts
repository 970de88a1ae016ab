import fc from "fast-check";
import type { z } from "zod";

/**
 * Generated hostile input for the fuzz tests: junk of every type, and junk shaped like a
 * procedure's own zod input (right keys, wrong or extreme values, sometimes real ids), so calls
 * get past the first check and reach the domain.
 */

const now = Date.now();
const DAY = 86_400_000;

export const weirdStrings = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0007\u001b[31m",
  "\u009b",
  "\r\n",
  "\u202eevil",
  "\ufeff",
  "\ud800",
  "\udc00x",
  "💥🏳️‍🌈",
  "Ω≈ç√∫",
  "ｔｅｓｔ",
  "%",
  "%25",
  "%zz",
  "%C3",
  "../../etc/passwd",
  "'; drop table parcels; --",
  "<script>alert(1)</script>",
  "0000-01-01",
  "0000-01-01T00:00:00Z",
  "9999-12-31",
  "9999-12-31T00:00:00Z",
  "2026-02-30",
  "1970-01-01T00:00:00Z",
  "2026-11-24T17:00:00",
  "NaN",
  "null",
  "undefined",
  "https://169.254.169.254/latest",
  "http://127.0.0.1:5432/",
  "not-an-email@",
  "x".repeat(65),
  "x".repeat(10_000),
];

export const weirdDates = [
  new Date(Number.NaN),
  new Date(0),
  new Date(-62_167_219_200_000), // 0000-01-01
  new Date(253_402_214_400_000), // 9999-12-31
  new Date(now + 2 * 60_000),
  new Date(now + 3 * 3_600_000),
  new Date(now + 2 * DAY),
  new Date(now - 2 * 365 * DAY),
  new Date(now - 3_600_000),
  new Date(now),
];

export const weirdNumbers = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  -1,
  0,
  0.5,
  1,
  7,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
];

const stringJunk = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...weirdStrings) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
);

// Keys superjson refuses to serialize (the server's parser refuses them too: see rawBodyJunk).
const keyJunk = fc
  .oneof(stringJunk, fc.constantFrom("toString", "valueOf", "then"))
  .filter((key) => !["__proto__", "constructor", "prototype"].includes(key));

/** Any value: every JSON type, dates, numbers superjson can carry, nested a little. */
export const anyJunk: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    stringJunk,
    fc.constantFrom(...weirdNumbers),
    fc.constantFrom(...weirdDates),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(keyJunk, tie("value"), {
      maxKeys: 4,
    }),
  ),
})).value;

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  format?: string;
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Junk shaped like `schema`: mostly the right type with extreme values (or `realStrings`, ids
 * that exist), sometimes anything at all; objects sometimes lose keys or gain unknown ones.
 */
export function shapedJunk(schema: z.ZodType | undefined, realStrings: readonly string[]): fc.Arbitrary<unknown> {
  if (!schema) return fc.oneof(fc.constant(undefined), anyJunk);
  const typed = typedJunk(schema, realStrings);
  return fc.oneof({ weight: 5, arbitrary: typed }, { weight: 1, arbitrary: anyJunk });
}

function typedJunk(schema: z.ZodType, real: readonly string[]): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const dates = (from: number, to: number) => fc.integer({ min: from, max: to }).map((ms) => new Date(ms));
  switch (def.type) {
    case "object": {
      const shape = def.shape ?? {};
      const record = fc.record(
        Object.fromEntries(Object.entries(shape).map(([key, child]) => [key, shapedJunk(child, real)])),
        { requiredKeys: [] },
      );
      return fc.oneof(
        { weight: 6, arbitrary: record },
        {
          weight: 1,
          arbitrary: fc.tuple(record, fc.dictionary(keyJunk, anyJunk, { maxKeys: 2 })).map(([r, extra]) => ({
            ...extra,
            ...(r as object),
          })),
        },
      );
    }
    case "string": {
      const formatted =
        def.format === "datetime"
          ? dates(now - 400 * DAY, now + 3 * DAY).map((d) => d.toISOString())
          : def.format === "date"
            ? dates(now - 400 * DAY, now + 3 * DAY).map((d) => d.toISOString().slice(0, 10))
            : def.format === "email"
              ? fc.emailAddress()
              : def.format === "uuid"
                ? fc.uuid()
                : fc.string({ maxLength: 20 });
      return fc.oneof(
        { weight: 3, arbitrary: real.length ? fc.constantFrom(...real) : stringJunk },
        { weight: 3, arbitrary: stringJunk },
        { weight: 1, arbitrary: formatted },
        // A real id spoiled by a control character or padding.
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.constantFrom(...(real.length ? real : ["x"])), fc.constantFrom("\u0000", "\u0085", " ", "\ud800"))
            .map(([r, c]) => `${r}${c}`),
        },
      );
    }
    case "number":
      return fc.oneof(fc.constantFrom(...weirdNumbers), fc.double(), fc.integer({ min: -5, max: 200 }));
    case "boolean":
      return fc.boolean();
    case "date":
      return fc.oneof(fc.constantFrom(...weirdDates), dates(now - 400 * DAY, now + 3 * DAY));
    case "enum":
      return fc.oneof(fc.constantFrom(...Object.values(def.entries ?? {})), stringJunk);
    case "literal":
      return fc.constantFrom(...(def.values ?? [null]));
    case "array":
      return fc.oneof(
        { weight: 6, arbitrary: fc.array(shapedJunk(def.element, real), { maxLength: 5 }) },
        { weight: 1, arbitrary: fc.constant(Array.from({ length: 2_001 }, (_, i) => `X-${i}`)) },
      );
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return fc.oneof(fc.constantFrom(undefined, null), shapedJunk(def.innerType, real));
    case "pipe":
      return typedJunk(def.in!, real);
    case "union":
      return fc.oneof(...(def.options ?? []).map((option) => shapedJunk(option, real)));
    default:
      return anyJunk;
  }
}

/** Bodies that are not what they claim: broken JSON, wrong top-level types, hostile superjson metadata. */
export const rawBodyJunk = fc.oneof(
  fc.constantFrom(
    "",
    "{",
    "null",
    "[]",
    '"x"',
    "1e309",
    '{"json":{"a":1},"meta":{"values":{"a":["Date"]}}}',
    '{"json":{"a":"x"},"meta":{"values":{"a":["bigint"]}}}',
    '{"json":{"a":"x"},"meta":{"values":{"a":[["custom","nope"]]}}}',
    '{"json":{"__proto__":{"polluted":1}}}',
    '{"json":{},"meta":{"values":{"__proto__.polluted":["undefined"]}}}',
    '{"json":{},"meta":{"referentialEqualities":{"a":["b"]}}}',
    "\u0000",
  ),
  fc.string({ unit: "binary", maxLength: 60 }),
);
