import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { partners, payRates } from "@/db/schema";
import { addDays, localDayOf } from "@/lib/local-day";
import { AppError, notFound } from "@/server/errors";
import { type Actor, formatFor, type UserActor } from "../actor";
import { recordAudit } from "../audit/record";
import { partnerScope } from "../scope";
import { markHistoryDirty } from "../stats/stale";
import type { PayRateChange } from "./schemas";

/** Rates migrated from before the history existed start here: "since the beginning". */
const BEGINNING = "2000-01-01";

/** How far ahead a rate change may be planned. */
const MAX_DAYS_AHEAD = 366;

async function scopedRural(db: DbOrTx, actor: Actor, code: string) {
  const [row] = await db
    .select({
      id: partners.id,
      name: partners.name,
      program: partners.program,
      timeZone: partners.timeZone,
      opening: partners.payRateCents,
    })
    .from(partners)
    .where(and(eq(partners.code, code), partnerScope(actor)));
  if (!row) throw notFound("Partner");
  return row;
}

/** A partner's pay rates: the one in force today in its zone, and each change with its start day (newest first). */
export async function payRateHistory({
  db,
  actor,
  code,
  now = new Date(),
}: {
  db: DbOrTx;
  actor: Actor;
  code: string;
  now?: Date;
}) {
  const partner = await scopedRural(db, actor, code);
  const today = localDayOf(now, partner.timeZone);
  const rows = await db
    .select({ effectiveFrom: payRates.effectiveFrom, rateCents: payRates.rateCents })
    .from(payRates)
    .where(eq(payRates.partnerId, partner.id))
    .orderBy(asc(payRates.effectiveFrom));
  let current = partner.opening;
  for (const r of rows) if (r.effectiveFrom <= today) current = r.rateCents;
  // The opening rate, while no change covers the very start (`null`: from the beginning).
  const start =
    rows[0] && rows[0].effectiveFrom <= BEGINNING ? [] : [{ effectiveFrom: null, rateCents: partner.opening }];
  return {
    today,
    timeZone: partner.timeZone,
    currentCents: current,
    /** Newest first; `effectiveFrom` null is the rate the partner started with. */
    rates: [
      ...rows.reverse().map((r) => ({
        effectiveFrom: r.effectiveFrom as string | null,
        rateCents: r.rateCents,
        upcoming: r.effectiveFrom > today,
      })),
      ...start.map((r) => ({ ...r, upcoming: false })),
    ],
  };
}

/**
 * Sets a new rate from a local day onward (today by default, or a planned day within a year).
 * Deliveries before that day keep the rate they were earned at, so the day may not be in the past.
 */
export async function setPayRate({
  db,
  actor,
  code,
  change,
  now = new Date(),
}: {
  db: DbOrTx;
  actor: UserActor;
  code: string;
  change: Omit<PayRateChange, "code">;
  now?: Date;
}) {
  return db.transaction(async (tx) => {
    const partner = await scopedRural(tx, actor, code);
    if (partner.program !== "local_delivery") {
      throw new AppError("CONFLICT", "Only local delivery partners are paid per parcel.");
    }
    const today = localDayOf(now, partner.timeZone);
    const from = change.effectiveFrom ?? today;
    const field = { field: "effectiveFrom" };
    if (from < today) {
      throw new AppError(
        "BAD_REQUEST",
        `A new rate starts today (${formatFor(actor).dayWithYear(today)}) or later; deliveries already made keep their rate.`,
        field,
      );
    }
    if (from > addDays(today, MAX_DAYS_AHEAD)) {
      throw new AppError("BAD_REQUEST", "A new rate can be planned at most a year ahead.", field);
    }
    await tx
      .insert(payRates)
      .values({ partnerId: partner.id, effectiveFrom: from, rateCents: change.rateCents, setBy: actor.userId })
      .onConflictDoUpdate({
        target: [payRates.partnerId, payRates.effectiveFrom],
        set: { rateCents: change.rateCents, setBy: actor.userId, createdAt: new Date() },
      });
    await markHistoryDirty({ db: tx, partnerId: partner.id });
    await recordAudit({
      db: tx,
      actor,
      entity: "partner",
      entityId: partner.id,
      action: "set_pay_rate",
      after: { rateCents: change.rateCents, effectiveFrom: from },
    });
    return { effectiveFrom: from, rateCents: change.rateCents };
  });
}
