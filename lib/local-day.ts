/**
 * Local-day arithmetic in a store's IANA time zone. A local day is "YYYY-MM-DD"; its bounds
 * are real instants, so a day across a daylight-saving change lasts 23 or 25 hours.
 */

import { type LocalDay, localDayOf, pad, wallClock, zoneOffsetMs } from "./wall-clock";

export { type LocalDay, localDayOf, zoneOffsetMs };

/**
 * The instant at which a local wall-clock time ("HH:MM" or "HH:MM:SS") occurs on a local day.
 * DST is resolved as RFC 5545 and Temporal's "compatible" mode do, whatever the zone's sign:
 * a time that occurs twice (fall back) is its first occurrence; a time skipped by a spring
 * forward is read with the offset in force before the change (02:30 → 03:30 EDT).
 */
export function zonedTimeToInstant(day: LocalDay, time: string, timeZone: string): Date {
  const [y, m, d] = parseDay(day);
  const [hh, mm, ss] = parseTime(time);
  const wallAsUtc = Date.UTC(y, m - 1, d, hh, mm, ss);
  // The offsets a day either side bracket any change near this wall time; keep those that
  // really give it back.
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((delta) => zoneOffsetMs(new Date(wallAsUtc + delta), timeZone)));
  const matches = [...offsets]
    .map((offset) => wallAsUtc - offset)
    .filter((instant) => zoneOffsetMs(new Date(instant), timeZone) === wallAsUtc - instant);
  if (matches.length > 0) return new Date(Math.min(...matches));
  return new Date(wallAsUtc - zoneOffsetMs(new Date(wallAsUtc - DAY_MS), timeZone));
}

/** [start, end) of a local day as instants. */
export function localDayBounds(day: LocalDay, timeZone: string): { start: Date; end: Date } {
  return {
    start: zonedTimeToInstant(day, "00:00", timeZone),
    end: zonedTimeToInstant(addDays(day, 1), "00:00", timeZone),
  };
}

export function addDays(day: LocalDay, days: number): LocalDay {
  return dayOfNumber(dayNumber(day) + days);
}

/** Every local day from `first` to `last`, both included. */
export function daysBetween(first: LocalDay, last: LocalDay): LocalDay[] {
  // Both bounds are checked: a malformed one throws rather than giving a wrong count.
  const start = dayNumber(first);
  const end = dayNumber(last);
  const days: LocalDay[] = [];
  for (let n = start; n <= end; n++) days.push(dayOfNumber(n));
  return days;
}

/** How many days from `first` to `last`, both included (0 when `last` is before `first`). */
export function dayCount(first: LocalDay, last: LocalDay): number {
  return Math.max(0, dayNumber(last) - dayNumber(first) + 1);
}

/**
 * A local day as a whole number (days since 1970-01-01) and back, by calendar arithmetic
 * (proleptic Gregorian, as `Date` counts): summing and listing a period's days builds no `Date`.
 */
export function dayNumber(day: LocalDay): number {
  const [y, m, d] = parseDay(day);
  return civilToDays(y, m, d);
}

export function dayOfNumber(n: number): LocalDay {
  // Howard Hinnant's civil_from_days.
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) throw new Error(`not a local day: day number ${n}`);
  return `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;
}

/** Howard Hinnant's days_from_civil. */
function civilToDays(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** ISO weekday of a local day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: LocalDay): number {
  const [y, m, d] = parseDay(day);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** "Morning", "Afternoon" or "Evening" by the store's wall clock (noon and 5 PM divide them). */
export function partOfDay(instant: Date, timeZone: string): "Morning" | "Afternoon" | "Evening" {
  const { hour } = wallClock(instant, timeZone);
  return hour < 12 ? "Morning" : hour < 17 ? "Afternoon" : "Evening";
}

const DAY_MS = 86_400_000;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(day: LocalDay): [number, number, number] {
  const match = dayPattern.exec(day);
  const [y, m, d] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  // A day that does not exist ("2026-02-30") is refused, not rolled over to March 2.
  if (!match || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new Error(`not a local day: ${day}`);
  }
  return [y, m, d];
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

const timePattern = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** "HH:MM" or a Postgres `time` ("HH:MM:SS"); "24:00" is the next midnight, as in ISO 8601. */
function parseTime(time: string): [number, number, number] {
  const match = timePattern.exec(time);
  const [hh, mm, ss] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3] ?? 0)];
  if (!match || hh > 24 || mm > 59 || ss > 59 || (hh === 24 && mm + ss > 0)) {
    throw new Error(`not a local time: ${time}`);
  }
  return [hh, mm, ss];
}
