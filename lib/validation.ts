import { z } from "zod";
import { MAX_YEAR, MIN_YEAR } from "./year-range";

/**
 * Strict zod primitives for every boundary (tRPC inputs, Carrier API bodies, forms): bounded
 * strings without control characters, and dates that are real, in a sane range and never
 * coerced (`null`, `false` or `0` is not a date). Pure: shared by client and server.
 */

const MIN_INSTANT = Date.UTC(MIN_YEAR, 0, 1);
const MAX_INSTANT = Date.UTC(MAX_YEAR + 1, 0, 1);

/**
 * Whether a string holds a control character (C0, DEL, C1) or half of a surrogate pair (which
 * cannot be stored as UTF-8). `multiline` allows line breaks and tabs, for notes.
 */
export function hasControlCharacters(value: string, options: { multiline?: boolean } = {}): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
      if (!(options.multiline && (code === 0x0a || code === 0x0d || code === 0x09))) return true;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return true;
    }
  }
  return false;
}

/**
 * A trimmed string of at most `max` characters with no control characters (`multiline` allows
 * line breaks and tabs, for notes). `min` counts after trimming; `message` is shown when it is too short.
 */
export function text(options: { max: number; min?: number; multiline?: boolean; message?: string }) {
  const { max, min = 0, multiline = false, message } = options;
  let schema = z.string().trim();
  if (min > 0) schema = schema.min(min, message);
  return schema
    .max(max, `Use at most ${max} characters.`)
    .refine((value) => !hasControlCharacters(value, { multiline }), "Remove the control characters.");
}

function inRange(ms: number) {
  return Number.isFinite(ms) && ms >= MIN_INSTANT && ms < MAX_INSTANT;
}

const rangeMessage = `Use a date between ${MIN_YEAR} and ${MAX_YEAR}.`;

/** An ISO 8601 instant with its offset (`2026-11-24T17:00:00Z`), in the sane year range. */
export function isoDateTime(description = "ISO 8601 instant with offset") {
  return z.iso
    .datetime({ offset: true })
    .refine((value) => inRange(Date.parse(value)), rangeMessage)
    .meta({ description, example: "2026-11-24T17:00:00Z" });
}

/** A real `Date` (as the tRPC client sends one), in the sane year range: strings, numbers and null are refused. */
export function instant(message = "Send a date and time.") {
  return z.date(message).refine((value) => inRange(value.getTime()), rangeMessage);
}

/** A local calendar day, `YYYY-MM-DD`, in the sane year range. */
export function localDate(message = "Use a date like 2026-11-24.") {
  return z.iso.date(message).refine((value) => inRange(Date.parse(`${value}T12:00:00Z`)), rangeMessage);
}

/** A calendar month, `YYYY-MM`, in the sane year range. */
export function month(message = "Use a month like 2026-11.") {
  return z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, message)
    .refine((value) => inRange(Date.parse(`${value}-15T12:00:00Z`)), rangeMessage);
}
