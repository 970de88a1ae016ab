import { describe, expect, it } from "vitest";
import { latitudeSchema, longitudeSchema, payRateCentsSchema, radiusMilesSchema } from "./partner-field-schemas";
import { latitudeRule, longitudeRule, messageOf, payRateCentsRule, radiusMilesRule } from "./partner-fields";

const pairs = [
  ["latitude", latitudeRule, latitudeSchema],
  ["longitude", longitudeRule, longitudeSchema],
  ["radius", radiusMilesRule, radiusMilesSchema],
  ["pay rate", payRateCentsRule, payRateCentsSchema],
] as const;

const values: unknown[] = [
  0,
  0.4,
  0.5,
  2.5,
  10,
  -0.01,
  -90,
  -90.5,
  90,
  91,
  -181,
  180,
  250,
  10_000,
  10_001,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  "12",
  null,
  undefined,
];

describe("the forms' field checks", () => {
  it.each(pairs)("give the %s message the server's schema gives, for every kind of value", (_, rule, schema) => {
    for (const value of values) {
      const server = schema.safeParse(value);
      expect(messageOf(rule, value), String(value)).toBe(server.success ? undefined : server.error.issues[0]?.message);
    }
  });
});
