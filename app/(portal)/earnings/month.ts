import { localDayOf } from "@/lib/local-day";

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

export function currentMonth(timeZone: string, now = new Date()): string {
  return localDayOf(now, timeZone).slice(0, 7);
}

/** The month asked for in the URL, else (or if it has not begun) the store's current month. */
export function monthFrom(value: string | undefined, timeZone: string, now = new Date()): string {
  const current = currentMonth(timeZone, now);
  return value && monthPattern.test(value) && value < current ? value : current;
}

export function shiftMonth(month: string, by: number): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + by);
  return date.toISOString().slice(0, 7);
}
