/**
 * Coordinates, radius and pay rate with messages for people: one rule each, which the partner
 * and mall forms check before sending and the server's schemas are built from
 * (lib/partner-field-schemas.ts), so both always agree. Plain code, no zod, so the forms do not
 * load a validation library for four numbers. Pure.
 */
export type NumberRule = {
  min: number;
  max: number;
  /** Not a (finite) number at all. */
  notNumber: string;
  /** Set when only whole numbers are allowed. */
  notWhole?: string;
  tooSmall: string;
  tooBig: string;
};

export const latitudeRule: NumberRule = {
  min: -90,
  max: 90,
  notNumber: "Enter the latitude as a number, like 41.4019.",
  tooSmall: "Latitude is between -90 and 90.",
  tooBig: "Latitude is between -90 and 90.",
};

export const longitudeRule: NumberRule = {
  min: -180,
  max: 180,
  notNumber: "Enter the longitude as a number, like -99.6393.",
  tooSmall: "Longitude is between -180 and 180.",
  tooBig: "Longitude is between -180 and 180.",
};

export const radiusMilesRule: NumberRule = {
  min: 0.5,
  max: 50,
  notNumber: "Enter the delivery radius in miles, like 10.",
  tooSmall: "At least half a mile.",
  tooBig: "At most 50 miles.",
};

/** A per-parcel pay rate in cents, as a manager sets it. */
export const payRateCentsRule: NumberRule = {
  min: 0,
  max: 10_000,
  notNumber: "Enter the pay per parcel in dollars, like 2.50.",
  notWhole: "Use whole cents, like 2.50.",
  tooSmall: "The pay per parcel cannot be negative.",
  tooBig: "At most $100.00 a parcel.",
};

/** The message for the first rule a value breaks (in the order the server's schema checks), or undefined. */
export function messageOf(rule: NumberRule, value: unknown): string | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) return rule.notNumber;
  if (rule.notWhole && !Number.isInteger(value)) return rule.notWhole;
  if (value < rule.min) return rule.tooSmall;
  if (value > rule.max) return rule.tooBig;
  return undefined;
}
