import { and, desc, eq, gte, isNotNull, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivalParcels, arrivals, deliveryAttempts, parcels } from "@/db/schema";
import type { Actor } from "../actor";
import { radiusAllowanceMeters } from "../geo/distance";
import { getPartnerByCode } from "../partners/queries";
import { localDayBounds } from "../time/local-day";
import { coverageGapDays } from "./coverage";
import { emptyCounters, figuresOf } from "./definitions";
import { type Period, previousPeriod } from "./period";
import { summarize } from "./raw";
import { partnerFiguresFromRollup } from "./rollup";

/**
 * One partner over a period, for the manager's drill-down: its figures beside the previous
 * period's, a daily series, recent handoff and drop discrepancies, deliveries flagged out of
 * radius (with their proof photo and signature ids), and scheduled days with no check-in by
 * noon (coverage gaps).
 */
export async function partnerDrilldown(db: DbOrTx, actor: Actor, code: string, period: Period, now = new Date()) {
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
        signatureId: deliveryAttempts.signatureId,
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
    /** The noon rule, as the store sees it (coverage.ts). */
    coverageGaps: coverageGapDays(days, partner.timeZone, now),
    discrepancies,
    /** With how far a fix could be and still count as inside, so the manager sees why it was flagged. */
    flaggedOutOfRadius: flagged.map((f) => ({
      ...f,
      allowedMeters: radiusAllowanceMeters(partner.radiusMiles, f.accuracyMeters),
    })),
  };
}
