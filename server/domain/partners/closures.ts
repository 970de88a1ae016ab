import { and, asc, between, count, eq, gte } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { closureDays } from "@/db/schema";
import { AppError, notFound } from "@/server/errors";
import type { Actor } from "../actor";
import { markStatsDirty } from "../performance/rollup";
import { addDays, localDayOf, zonedTimeToInstant } from "../time/local-day";
import { getPartnerByCode } from "./queries";

/** The "360 days": a store may close at most five days a calendar year. */
export const MAX_CLOSURE_DAYS_PER_YEAR = 5;

export async function listClosureDays(db: DbOrTx, actor: Actor, code: string) {
  const partner = await getPartnerByCode(db, actor, code);
  const since = addDays(localDayOf(new Date(), partner.timeZone), -366);
  return db
    .select({ day: closureDays.day, reason: closureDays.reason })
    .from(closureDays)
    .where(and(eq(closureDays.partnerId, partner.id), gte(closureDays.day, since)))
    .orderBy(asc(closureDays.day));
}

/** Closes the store on a future local day, within the yearly allowance. */
export async function addClosureDay(db: DbOrTx, actor: Actor, code: string, day: string, reason: string | undefined) {
  const partner = await getPartnerByCode(db, actor, code);
  if (day <= localDayOf(new Date(), partner.timeZone)) {
    throw new AppError("BAD_REQUEST", "Closure days are set ahead: choose a day after today.");
  }
  const year = day.slice(0, 4);
  return db.transaction(async (tx) => {
    const [used] = await tx
      .select({ n: count() })
      .from(closureDays)
      .where(and(eq(closureDays.partnerId, partner.id), between(closureDays.day, `${year}-01-01`, `${year}-12-31`)));
    if ((used?.n ?? 0) >= MAX_CLOSURE_DAYS_PER_YEAR) {
      throw new AppError(
        "CONFLICT",
        `${partner.name} already has ${MAX_CLOSURE_DAYS_PER_YEAR} closure days in ${year}.`,
        {
          reason: "closure_limit",
        },
      );
    }
    const [row] = await tx
      .insert(closureDays)
      .values({ partnerId: partner.id, day, reason: reason?.trim() || null })
      .onConflictDoNothing()
      .returning({ day: closureDays.day });
    if (!row) throw new AppError("CONFLICT", `${day} is already a closure day.`);
    // Scheduled days change: the day's figures must be recomputed.
    await markStatsDirty(tx, { partnerId: partner.id, at: zonedTimeToInstant(day, "12:00", partner.timeZone) });
    return row;
  });
}

export async function removeClosureDay(db: DbOrTx, actor: Actor, code: string, day: string) {
  const partner = await getPartnerByCode(db, actor, code);
  if (day <= localDayOf(new Date(), partner.timeZone))
    throw new AppError("BAD_REQUEST", "Past closure days stay on record.");
  const removed = await db
    .delete(closureDays)
    .where(and(eq(closureDays.partnerId, partner.id), eq(closureDays.day, day)))
    .returning({ day: closureDays.day });
  if (removed.length === 0) throw notFound("Closure day");
  await markStatsDirty(db, { partnerId: partner.id, at: zonedTimeToInstant(day, "12:00", partner.timeZone) });
}
