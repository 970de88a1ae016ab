import { MAX_YEAR, MIN_YEAR } from "./year-range";

/** The longest custom period a person may ask for: a year, leap day included. */
export const MAX_CUSTOM_PERIOD_DAYS = 366;

const DAY_MS = 86_400_000;

/** A real calendar day `YYYY-MM-DD` as UTC noon, or null ("2026-02-30" is not a day). */
function dayMs(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day, 12);
  const back = new Date(ms);
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day ? ms : null;
}

/**
 * What is wrong with a custom period, said for the person who chose it, with the field to show
 * it at; null when the period is fine. The page, its date fields and the server all ask this.
 */
export function periodRangeError(from: string, to: string): { field: "from" | "to"; message: string } | null {
  for (const [field, value] of [
    ["from", from],
    ["to", to],
  ] as const) {
    const year = Number(value.slice(0, 4));
    if (/^\d{4}-/.test(value) && (year < MIN_YEAR || year > MAX_YEAR)) {
      return { field, message: `Choose a date between ${MIN_YEAR} and ${MAX_YEAR}.` };
    }
    if (dayMs(value) === null) return { field, message: "Choose a date from the calendar." };
  }
  const days = Math.round((dayMs(to)! - dayMs(from)!) / DAY_MS) + 1;
  if (days < 1) return { field: "to", message: "The end date must be on or after the start date." };
  if (days > MAX_CUSTOM_PERIOD_DAYS) {
    return { field: "to", message: `Choose at most ${MAX_CUSTOM_PERIOD_DAYS} days (this range is ${days}).` };
  }
  return null;
}
