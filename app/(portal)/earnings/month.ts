import { localDayOf } from "@/server/domain/time/local-day";

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month asked for in the URL, else the store's current month. */
export function monthFrom(value: string | undefined, timeZone: string): string {
  return value && monthPattern.test(value) ? value : localDayOf(new Date(), timeZone).slice(0, 7);
}

export function shiftMonth(month: string, by: number): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + by);
  return date.toISOString().slice(0, 7);
}
