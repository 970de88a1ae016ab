import { type LocalDay, localDayOf } from "@/lib/local-day";

/**
 * Earnings: delivered parcels × the per-parcel rate in force that day, per store-local day. Pure.
 * Only days with a delivery are listed (fill gaps with `daysBetween` where a calendar is
 * wanted); the caller passes only delivered parcels, each once, with the time of the tap.
 */

export type DailyEarnings = { day: LocalDay; parcels: number; cents: number };

/** `payRate` is one rate for every day, or the rate in force on each local day. */
export function dailyEarnings(
  deliveries: { deliveredAt: Date }[],
  payRate: number | ((day: LocalDay) => number),
  timeZone: string,
): DailyEarnings[] {
  const rateOf = typeof payRate === "number" ? () => payRate : payRate;
  const checked = (day: LocalDay) => {
    const cents = rateOf(day);
    if (!Number.isSafeInteger(cents) || cents < 0) {
      throw new RangeError(`pay rate must be a whole, non-negative number of cents: ${cents}`);
    }
    return cents;
  };
  if (typeof payRate === "number") checked("");
  const parcelsByDay = new Map<LocalDay, number>();
  for (const { deliveredAt } of deliveries) {
    if (Number.isNaN(deliveredAt.getTime())) throw new RangeError("delivery time is not a valid date");
    const day = localDayOf(deliveredAt, timeZone);
    parcelsByDay.set(day, (parcelsByDay.get(day) ?? 0) + 1);
  }
  return [...parcelsByDay]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, parcels]) => ({ day, parcels, cents: parcels * checked(day) }));
}
