import { type LocalDay, localDayOf } from "../time/local-day";

/**
 * Earnings: delivered parcels × the partner's per-parcel rate, per store-local day. Pure.
 * Only days with a delivery are listed (fill gaps with `daysBetween` where a calendar is
 * wanted); the caller passes only delivered parcels, each once, with the time of the tap.
 */

export type DailyEarnings = { day: LocalDay; parcels: number; cents: number };

export function dailyEarnings(
  deliveries: { deliveredAt: Date }[],
  payRateCents: number,
  timeZone: string,
): DailyEarnings[] {
  if (!Number.isSafeInteger(payRateCents) || payRateCents < 0) {
    throw new RangeError(`pay rate must be a whole, non-negative number of cents: ${payRateCents}`);
  }
  const parcelsByDay = new Map<LocalDay, number>();
  for (const { deliveredAt } of deliveries) {
    if (Number.isNaN(deliveredAt.getTime())) throw new RangeError("delivery time is not a valid date");
    const day = localDayOf(deliveredAt, timeZone);
    parcelsByDay.set(day, (parcelsByDay.get(day) ?? 0) + 1);
  }
  return [...parcelsByDay]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, parcels]) => ({ day, parcels, cents: parcels * payRateCents }));
}

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

/** Integer cents as US dollars: 250 → "$2.50", 123456 → "$1,234.56", −250 → "-$2.50". */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not a whole number of cents: ${cents}`);
  // + 0 turns −0 into 0, which would otherwise print as "-$0.00".
  return usd.format(cents / 100 + 0);
}
