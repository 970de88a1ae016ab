/**
 * Local-day arithmetic in a store's IANA time zone. A local day is "YYYY-MM-DD"; its bounds
 * are real instants, so a day across a daylight-saving change lasts 23 or 25 hours.
 */

export type LocalDay = string;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (Phoenix: always −7 h). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The store-local calendar day of an instant. */
export function localDayOf(instant: Date, timeZone: string): LocalDay {
  const w = wallClock(instant, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** The instant at which a local wall-clock time occurs ("HH:MM" on a local day). */
export function zonedTimeToInstant(day: LocalDay, time: string, timeZone: string): Date {
  const [y, m, d] = parseDay(day);
  const [hh, mm] = time.split(":").map(Number);
  const wallAsUtc = Date.UTC(y, m - 1, d, hh ?? 0, mm ?? 0);
  // Two passes settle the offset even when the guess lands on the other side of a DST change.
  const first = wallAsUtc - zoneOffsetMs(new Date(wallAsUtc), timeZone);
  return new Date(wallAsUtc - zoneOffsetMs(new Date(first), timeZone));
}

/** [start, end) of a local day as instants. */
export function localDayBounds(day: LocalDay, timeZone: string): { start: Date; end: Date } {
  return {
    start: zonedTimeToInstant(day, "00:00", timeZone),
    end: zonedTimeToInstant(addDays(day, 1), "00:00", timeZone),
  };
}

export function addDays(day: LocalDay, days: number): LocalDay {
  const [y, m, d] = parseDay(day);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** Every local day from `first` to `last`, both included. */
export function daysBetween(first: LocalDay, last: LocalDay): LocalDay[] {
  const days: LocalDay[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/** ISO weekday of a local day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: LocalDay): number {
  const [y, m, d] = parseDay(day);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** "2:05 PM" in the store's zone. */
export function formatLocalTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" }).format(instant);
}

/** "Tue, Nov 24" in the store's zone. */
export function formatLocalDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", month: "short", day: "numeric" }).format(
    instant,
  );
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(day: LocalDay): [number, number, number] {
  const match = dayPattern.exec(day);
  if (!match) throw new Error(`not a local day: ${day}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
