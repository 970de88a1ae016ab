import "server-only";
import { and, eq, gte, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { parcels, partners } from "@/db/schema";
import { addDays, daysBetween, localDayBounds } from "@/lib/local-day";
import { rateOn } from "@/lib/pay-rate";
import { wordedError } from "@/server/errors";
import type { Actor } from "../actor";
import { getPartnerByCode } from "../partners/queries";
import { rateChanges } from "../partners/rate-changes";
import { dailyEarnings } from "./earnings";

/** A month's statement for a rural store: parcels delivered and pay per local day, and the total. */
export async function monthlyStatement(input: { db: DbOrTx; actor: Actor; partnerCode: string; month: string }) {
  const { db, actor, partnerCode: code, month } = input;
  const partner = await getPartnerByCode({ db, actor, code });
  if (partner.program !== "local_delivery") throw wordedError("CONFLICT", { key: "server.earningsLocalOnly" });
  const first = `${month}-01`;
  const nextMonth = new Date(`${first}T00:00:00Z`);
  nextMonth.setUTCMonth(nextMonth.getUTCMonth() + 1);
  const last = addDays(nextMonth.toISOString().slice(0, 10), -1);
  const start = localDayBounds(first, partner.timeZone).start;
  const end = localDayBounds(last, partner.timeZone).end;
  const delivered = await db
    .select({ deliveredAt: parcels.deliveredAt })
    .from(parcels)
    .where(
      and(
        eq(parcels.partnerId, partner.id),
        eq(parcels.status, "delivered"),
        gte(parcels.deliveredAt, start),
        lt(parcels.deliveredAt, end),
      ),
    );
  // Each day earns the rate in force that day: a later change leaves this month as it was.
  const [[opening], rates] = await Promise.all([
    db.select({ cents: partners.payRateCents }).from(partners).where(eq(partners.id, partner.id)),
    rateChanges({ db, partnerIds: [partner.id], upTo: last }),
  ]);
  const history = rates.get(partner.id) ?? [];
  const rateFor = (day: string) => rateOn(history, day, opening!.cents);
  const byDay = new Map(
    dailyEarnings(
      delivered.map((d) => ({ deliveredAt: d.deliveredAt! })),
      rateFor,
      partner.timeZone,
    ).map((d) => [d.day, d]),
  );
  const days = daysBetween(first, last).map((day) => byDay.get(day) ?? { day, parcels: 0, cents: 0 });
  const dayRates = [...new Set(days.map((d) => rateFor(d.day)))];
  return {
    partner,
    month,
    /** The rate in force today (the partner's current rate). */
    payRateCents: partner.payRateCents,
    /** The rates this month's days earned, in order (more than one when the rate changed within it). */
    monthRatesCents: dayRates,
    days,
    totalParcels: days.reduce((sum, d) => sum + d.parcels, 0),
    totalCents: days.reduce((sum, d) => sum + d.cents, 0),
  };
}
