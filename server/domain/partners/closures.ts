import "server-only";
import { and, asc, between, count, eq, gte, lt, notInArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivals, closureDays, partners } from "@/db/schema";
import { defaultLocale, formatterFor } from "@/lib/format";
import { translatorFor } from "@/lib/i18n/translate";
import { addDays, localDayBounds, localDayOf, zonedTimeToInstant } from "@/lib/local-day";
import { AppError, notFound } from "@/server/errors";
import { type Actor, formatFor } from "../actor";
import { markStatsDirty } from "../stats/stale";
import { assertStoreActive } from "./active";
import { getPartnerByCode } from "./queries";

/** The "360 days": a store may close at most five days a calendar year. */
export const MAX_CLOSURE_DAYS_PER_YEAR = 5;

/** Refusals worded for the person setting the days (carriers and the portal read English). */
function refusals(actor: Actor) {
  return translatorFor(actor.kind === "user" ? (actor.locale ?? defaultLocale) : defaultLocale, "store");
}

export async function listClosureDays({ db, actor, code }: { db: DbOrTx; actor: Actor; code: string }) {
  const partner = await getPartnerByCode({ db, actor, code });
  const since = addDays(localDayOf(new Date(), partner.timeZone), -366);
  return db
    .select({ day: closureDays.day, reason: closureDays.reason })
    .from(closureDays)
    .where(and(eq(closureDays.partnerId, partner.id), gte(closureDays.day, since)))
    .orderBy(asc(closureDays.day));
}

/**
 * Closure days and drop-offs check each other (a drop-off is never scheduled on a closure
 * day): each takes this lock on the partner first, so two requests at once cannot both pass.
 * `no key update` leaves inserts that reference the partner free.
 */
async function lockPartnerSchedule(tx: DbOrTx, partnerId: string) {
  await tx.select({ id: partners.id }).from(partners).where(eq(partners.id, partnerId)).for("no key update");
}

/** Refuses a drop-off whose window starts on one of the partner's closure days (its local day). */
export async function assertOpenForDropoff({
  db: tx,
  partner,
  windowStart,
}: {
  db: DbOrTx;
  partner: { id: string; code: string; timeZone: string };
  windowStart: Date;
}) {
  await lockPartnerSchedule(tx, partner.id);
  const day = localDayOf(windowStart, partner.timeZone);
  const [closed] = await tx
    .select({ reason: closureDays.reason })
    .from(closureDays)
    .where(and(eq(closureDays.partnerId, partner.id), eq(closureDays.day, day)));
  if (!closed) return;
  throw new AppError(
    "UNPROCESSABLE",
    `Partner ${partner.code} is closed on ${formatterFor(defaultLocale).date(windowStart, partner.timeZone)} (${day})${
      closed.reason ? `: ${closed.reason}` : ""
    }. Schedule the drop-off on another day.`,
    { reason: "partner_closed", details: { partnerCode: partner.code, day } },
  );
}

/**
 * Closes the store on a future local day, within the yearly allowance. A day that already has a
 * drop-off scheduled is refused: the carrier plans from the closure days it reads, so it moves
 * the drop-off first (the portal cannot move the carrier's driver).
 */
export async function addClosureDay({
  db,
  actor,
  code,
  day,
  reason,
}: {
  db: DbOrTx;
  actor: Actor;
  code: string;
  day: string;
  reason: string | undefined;
}) {
  const partner = await getPartnerByCode({ db, actor, code });
  await assertStoreActive({ db, actor, partnerId: partner.id });
  if (day <= localDayOf(new Date(), partner.timeZone)) {
    throw new AppError("BAD_REQUEST", refusals(actor)("refusals.setAhead"));
  }
  const year = day.slice(0, 4);
  return db.transaction(async (tx) => {
    await lockPartnerSchedule(tx, partner.id);
    const { start, end } = localDayBounds(day, partner.timeZone);
    const [drop] = await tx
      .select({ externalId: arrivals.externalId, windowStart: arrivals.windowStart, driverName: arrivals.driverName })
      .from(arrivals)
      .where(
        and(
          eq(arrivals.partnerId, partner.id),
          eq(arrivals.kind, "dropoff"),
          gte(arrivals.windowStart, start),
          lt(arrivals.windowStart, end),
          notInArray(arrivals.status, ["cancelled", "missed"]),
        ),
      )
      .limit(1);
    if (drop) {
      throw new AppError(
        "CONFLICT",
        refusals(actor)("refusals.dropoffScheduled", {
          day: formatFor(actor).dayWithYear(day),
          time: formatFor(actor).time(drop.windowStart, partner.timeZone),
          driver: drop.driverName,
        }),
        { reason: "dropoff_scheduled", details: { arrivalId: drop.externalId } },
      );
    }
    const [used] = await tx
      .select({ n: count() })
      .from(closureDays)
      .where(and(eq(closureDays.partnerId, partner.id), between(closureDays.day, `${year}-01-01`, `${year}-12-31`)));
    if ((used?.n ?? 0) >= MAX_CLOSURE_DAYS_PER_YEAR) {
      throw new AppError(
        "CONFLICT",
        refusals(actor)("refusals.limit", { store: partner.name, max: MAX_CLOSURE_DAYS_PER_YEAR, year }),
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
    if (!row) {
      throw new AppError("CONFLICT", refusals(actor)("refusals.already", { day: formatFor(actor).dayWithYear(day) }));
    }
    // Scheduled days change: the day's figures must be recomputed.
    await markStatsDirty({ db: tx, partnerId: partner.id, at: zonedTimeToInstant(day, "12:00", partner.timeZone) });
    return row;
  });
}

export async function removeClosureDay({
  db,
  actor,
  code,
  day,
}: {
  db: DbOrTx;
  actor: Actor;
  code: string;
  day: string;
}) {
  const partner = await getPartnerByCode({ db, actor, code });
  await assertStoreActive({ db, actor, partnerId: partner.id });
  if (day <= localDayOf(new Date(), partner.timeZone))
    throw new AppError("BAD_REQUEST", refusals(actor)("refusals.pastStay"));
  const removed = await db
    .delete(closureDays)
    .where(and(eq(closureDays.partnerId, partner.id), eq(closureDays.day, day)))
    .returning({ day: closureDays.day });
  if (removed.length === 0) throw notFound("Closure day");
  await markStatsDirty({ db, partnerId: partner.id, at: zonedTimeToInstant(day, "12:00", partner.timeZone) });
}
