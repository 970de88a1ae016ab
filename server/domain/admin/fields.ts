import { z } from "zod";
import { hasControlCharacters } from "@/lib/validation";

/** A trimmed, bounded line of text without control characters. */
export function plainText(label: string, max: number, min = 1) {
  return (
    z
      .string(`Enter the ${label}.`)
      .trim()
      .min(min, min === 1 ? `Enter the ${label}.` : `The ${label} needs at least ${min} characters.`)
      .max(max, `The ${label} can be at most ${max} characters.`)
      // The shared rule: C0, DEL and C1 controls, and half a surrogate pair (which cannot be stored).
      .refine((s) => !hasControlCharacters(s), `The ${label} cannot contain control characters.`)
  );
}

const timeZones = new Set(Intl.supportedValuesOf("timeZone"));

/** An IANA time zone the runtime knows, such as America/Chicago. */
export const timeZoneSchema = z
  .string("Choose a time zone such as America/Chicago.")
  .max(64, "Choose a time zone such as America/Chicago.")
  .refine((tz) => timeZones.has(tz), "Choose a time zone such as America/Chicago.");

export const idSchema = z.uuid("Not a valid id.");
