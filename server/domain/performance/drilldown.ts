import { and, desc, eq, gte, isNotNull, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivalParcels, arrivals, deliveryAttempts, parcels } from "@/db/schema";
import type { Actor } from "../actor";
import { getPartnerByCode } from "../partners/queries";
import { localDayBounds } from "../time/local-day";
import { emptyCounters, figuresOf } from "./definitions";
import { type Period, previousPeriod } from "./period";
import { summarize } from "./raw";
import { partnerFiguresFromRollup } from "./rollup";

/**
 * One partner over a period, for the manager's drill-down: its figures beside the previous
 * period's, a daily series, recent handoff and drop discrepancies, deliveries flagged out of
 * radius, and scheduled days with no check-in (coverage gaps).
 */
export async function partnerDrilldown(db: DbOrTx, actor: Actor, code: string, period: Period) {
  const partner = await getPartnerByCode(db, actor, code);
  const before = previousPeriod(period.from, period.to);
  const start = localDayBounds(period.from, partner.timeZone).start;
  const end = localDayBounds(period.to, partner.timeZone).end;
  const [days, previousDays, discrepancies, flagged] = await Promise.all([
    partnerFiguresFromRollup(db, actor, { ...period, partnerIds: [partner.id] }),
    partnerFiguresFromRollup(db, actor, { ...before, partnerIds: [partner.id] }),
    db
      .select({
        arrivalId: arrivals.externalId,
        windowStart: arrivals.windowStart,
        driverName: arrivals.driverName,
        trackingId: parcels.trackingId,
        discrepancy: arrivalParcels.discrepancy,
      })
      .from(arrivalParcels)
      .innerJoin(arrivals, eq(arrivals.id, arrivalParcels.arrivalId))
      .innerJoin(parcels, eq(parcels.id, arrivalParcels.parcelId))
      .where(
        and(
          eq(arrivals.partnerId, partner.id),
          isNotNull(arrivalParcels.discrepancy),
          gte(arrivals.windowStart, start),
          lt(arrivals.windowStart, end),
        ),
      )
      .orderBy(desc(arrivals.windowStart))
      .limit(50),
    db
      .select({
        trackingId: parcels.trackingId,
        tappedAt: deliveryAttempts.tappedAt,
        outcome: deliveryAttempts.outcome,
        distanceMeters: deliveryAttempts.distanceMeters,
        accuracyMeters: deliveryAttempts.accuracyMeters,
        photoId: deliveryAttempts.photoId,
      })
      .from(deliveryAttempts)
      .innerJoin(parcels, eq(parcels.id, deliveryAttempts.parcelId))
      .where(
        and(
          eq(deliveryAttempts.partnerId, partner.id),
          eq(deliveryAttempts.outOfRadius, true),
          gte(deliveryAttempts.tappedAt, start),
          lt(deliveryAttempts.tappedAt, end),
        ),
      )
      .orderBy(desc(deliveryAttempts.tappedAt))
      .limit(50),
  ]);
  const total = (rows: typeof days) => figuresOf(summarize(rows)[0]?.counters ?? emptyCounters());
  const counters = summarize(days)[0]?.counters ?? emptyCounters();
  return {
    /** Prep times (announced → ready) as minutes → parcels, for the distribution. */
    prepMinutes: counters.prepMinutes,
    partner,
    period,
    previousPeriod: before,
    figures: total(days),
    previous: total(previousDays),
    daily: days.map((d) => ({ day: d.day, figures: figuresOf(d.counters) })),
    coverageGaps: days.filter((d) => d.counters.scheduledDays === 1 && d.counters.servicedDays === 0).map((d) => d.day),
    discrepancies,
    flaggedOutOfRadius: flagged,
  };
}
