import { and, eq, gte, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { parcels } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { Actor } from "../actor";
import { getPartnerByCode } from "../partners/queries";
import { addDays, daysBetween, localDayBounds } from "../time/local-day";
import { dailyEarnings } from "./earnings";

/** A month's statement for a rural store: parcels delivered and pay per local day, and the total. */
export async function monthlyStatement(db: DbOrTx, actor: Actor, code: string, month: string) {
  const partner = await getPartnerByCode(db, actor, code);
  if (partner.program !== "local_delivery") throw new AppError("CONFLICT", "Earnings are for local delivery stores.");
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
  const byDay = new Map(
    dailyEarnings(
      delivered.map((d) => ({ deliveredAt: d.deliveredAt! })),
      partner.payRateCents,
      partner.timeZone,
    ).map((d) => [d.day, d]),
  );
  const days = daysBetween(first, last).map((day) => byDay.get(day) ?? { day, parcels: 0, cents: 0 });
  return {
    partner,
    month,
    payRateCents: partner.payRateCents,
    days,
    totalParcels: days.reduce((sum, d) => sum + d.parcels, 0),
    totalCents: days.reduce((sum, d) => sum + d.cents, 0),
  };
}
