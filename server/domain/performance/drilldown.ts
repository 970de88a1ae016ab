import "server-only";
import { and, desc, eq, gte, isNotNull, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivalParcels, arrivals, deliveryAttempts, parcels } from "@/db/schema";
import { radiusAllowanceMeters } from "@/lib/distance";
import { localDayBounds } from "@/lib/local-day";
import type { Actor } from "../actor";
import { getPartnerByCode } from "../partners/queries";
import { assertMayReviewPerformance } from "./access";
import { coverageGaps } from "./coverage";
import { emptyCounters, figuresOf } from "./definitions";
import { type Period, previousPeriod } from "./period";
import { summarize } from "./raw";
import { partnerFiguresFromRollup } from "./rollup";
import { thresholdsForPartner } from "./thresholds";

/**
 * One partner over a period, for the manager's drill-down: its figures beside the previous
 * period's, a daily series (on the partner's own local days) with its region's thresholds, recent handoff and drop discrepancies, deliveries flagged out of
 * radius (with their proof photo and signature ids), and scheduled days with no check-in by
 * noon (coverage gaps).
 */
export async function partnerDrilldown(input: {
  db: DbOrTx;
  actor: Actor;
  partnerCode: string;
  period: Period;
  now?: Date;
}) {
  const { db, actor, partnerCode: code, period, now = new Date() } = input;
  assertMayReviewPerformance(actor);
  const partner = await getPartnerByCode({ db, actor, code });
  const before = previousPeriod(period.from, period.to);
  const start = localDayBounds(period.from, partner.timeZone).start;
  const end = localDayBounds(period.to, partner.timeZone).end;
  const [days, previousDays, thresholds, discrepancies, flagged, gaps] = await Promise.all([
    partnerFiguresFromRollup({ db, actor, ...period, partnerIds: [partner.id] }),
    partnerFiguresFromRollup({ db, actor, ...before, partnerIds: [partner.id] }),
    thresholdsForPartner({ db, partner }),
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
    coverageGaps({ db, actor, partner, period, now }),
  ]);
  const total = (rows: typeof days) => figuresOf(summarize(rows)[0]?.counters ?? emptyCounters());
  const counters = summarize(days)[0]?.counters ?? emptyCounters();
  return {
    /** Prep times (announced → ready) as minutes → parcels, for the distribution. */
    prepMinutes: counters.prepMinutes,
    prepBands: prepBands(counters.prepMinutes),
    partner,
    period,
    previousPeriod: before,
    figures: total(days),
    previous: total(previousDays),
    daily: days.map((d) => ({ day: d.day, figures: figuresOf(d.counters) })),
    /** The region's alert thresholds by figure (column key), for the trends' threshold lines. */
    thresholds,
    /** The coverage rule, the same answer the store sees (coverage.ts), newest first. */
    coverageGaps: gaps.reverse(),
    discrepancies,
    /** With how far a fix could be and still count as inside, so the manager sees why it was flagged. */
    flaggedOutOfRadius: flagged.map((f) => ({
      ...f,
      allowedMeters: radiusAllowanceMeters(partner.radiusMiles, f.accuracyMeters),
    })),
  };
}

const bandEdges = [0, 10, 20, 30, 45, 60, 120];

/** Parcels per prep-time band ("0–10 min" … "120+ min"), from the minutes histogram. */
export function prepBands(histogram: Record<number, number>): { label: string; count: number }[] {
  return bandEdges.map((low, i) => {
    const high = bandEdges[i + 1];
    let count = 0;
    for (const [minutes, n] of Object.entries(histogram)) {
      const m = Number(minutes);
      if (m >= low && (high === undefined || m < high)) count += n;
    }
    return { label: high === undefined ? `${low}+ min` : `${low}–${high} min`, count };
  });
}
