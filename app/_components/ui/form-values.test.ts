import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { createApiKeyInput } from "@/server/domain/carriers/schemas";
import { partnerEditSchema, payRateChangeSchema } from "@/server/domain/partners/schemas";
import { thresholdsInputSchema } from "@/server/domain/performance/schemas";
import { blankAsNull, blankAsUndefined, dollarsAsCents, percentAsShare, textAsNumber } from "./form-values";
import { lazyZodResolver } from "./lazy-resolver";
import type { FieldError } from "./use-form";

/** A form's check with a schema, as the browser runs it. */
const checkWith = (schema: z.ZodType<unknown, object>) => lazyZodResolver(async () => schema);

/** What a form would show: the resolver's message per field. */
async function messages(resolver: ReturnType<typeof checkWith>, values: object) {
  const result = await resolver(values);
  const errors = Object.entries(result.errors ?? {}) as [string, FieldError][];
  return Object.fromEntries(errors.map(([field, error]) => [field, error.message]));
}

const regionId = "00000000-0000-4000-8000-000000000001";
const partner = {
  name: "Prairie Bloom",
  program: "local_delivery",
  regionId,
  mallId: null,
  addressLine1: "1 Main St",
  city: "Broken Bow",
  state: "NE",
  postalCode: "68822",
  lat: 41.4,
  lng: -99.6,
  timeZone: "America/Chicago",
  radiusMiles: 10,
};

describe("form boxes to procedure values", () => {
  it("reads numbers, and never turns a blank or a word into 0", () => {
    expect(textAsNumber("41.124")).toBe(41.124);
    expect(textAsNumber("")).toBeNaN();
    expect(textAsNumber("ten")).toBeNaN();
    // A coordinate set from the map is already a number.
    expect(textAsNumber(-99.5)).toBe(-99.5);
  });

  it("converts dollars to whole cents and percent to a share", () => {
    expect(dollarsAsCents("3.10")).toBe(310);
    expect(dollarsAsCents("-1")).toBe(-100);
    expect(dollarsAsCents(" ")).toBeNaN();
    expect(percentAsShare("92.5")).toBe(0.925);
  });

  it("leaves out what was not chosen", () => {
    expect(blankAsNull("  ")).toBeNull();
    expect(blankAsNull("Production")).toBe("Production");
    expect(blankAsUndefined("")).toBeUndefined();
    expect(blankAsUndefined("2026-12-01")).toBe("2026-12-01");
  });
});

describe("forms refuse with the procedure's own words", () => {
  it("the partner form: a latitude out of range and a radius in words, at their fields", async () => {
    const resolver = checkWith(partnerEditSchema);
    expect(await messages(resolver, { ...partner, lat: textAsNumber("95"), radiusMiles: textAsNumber("ten") })).toEqual(
      { lat: "Latitude is between -90 and 90.", radiusMiles: "Enter the delivery radius in miles, like 10." },
    );
    expect(await messages(resolver, partner)).toEqual({});
  });

  it("the pay rate: a negative rate is refused, a blank start day means today", async () => {
    const resolver = checkWith(payRateChangeSchema);
    const code = "NE-PRAIRIE";
    expect(await messages(resolver, { code, rateCents: dollarsAsCents("-1") })).toEqual({
      rateCents: "The pay per parcel cannot be negative.",
    });
    expect(
      await messages(resolver, { code, rateCents: dollarsAsCents("3.10"), effectiveFrom: blankAsUndefined("") }),
    ).toEqual({});
  });

  it("thresholds over 100 % and an API key without a label", async () => {
    const thresholds = checkWith(thresholdsInputSchema);
    expect(
      await messages(thresholds, {
        regionId,
        readyOnTimeRate: percentAsShare("101"),
        deliveryCompletionRate: percentAsShare("90"),
        proofCompliance: percentAsShare("95"),
      }),
    ).toEqual({ readyOnTimeRate: "Use a percentage from 0 to 100." });
    const key = checkWith(createApiKeyInput);
    expect(await messages(key, { carrierId: regionId, label: blankAsNull("") })).toEqual({});
  });
});
