import "server-only";
import { type FailureReason, failureReasons } from "@/db/schema";

/**
 * What every performance figure of SPEC.md means, in counters a partner accumulates per local
 * day. Counters only ever add up (rates are kept as numerator and denominator, medians as a
 * histogram of whole minutes), so a period, a mall or a region is the sum of its partner-days,
 * and a rollup that stores the same counters per partner-day must agree with the raw tables
 * exactly. `raw.ts` computes them from the raw tables; the rules below are the reference.
 *
 * Which local day an item counts on (always in the partner's own time zone):
 * - a mall arrival and everything on its manifest: the day of its window start;
 * - a mall parcel's preparation: the day it was (last) marked ready;
 * - a rural parcel: the day it was received at the store (`received_at`);
 * - a delivery attempt: the day it was tapped on the device (`tapped_at`);
 * - a delivery for earnings: the day it was delivered (`delivered_at`);
 * - a drop-off: the day of its window start.
 */

/** A ratio kept as its two counts, so it sums across days and partners. */
export type Rate = { numerator: number; denominator: number };

/** The rate as a fraction (0.97), or null when there is nothing to divide by. */
export function fraction(rate: Rate): number | null {
  return rate.denominator === 0 ? null : rate.numerator / rate.denominator;
}

/** Whole minutes → how many items took that long; medians are read from it exactly. */
export type Histogram = Record<number, number>;

/** The median (mean of the two middle values for an even count), or null when empty. */
export function histogramMedian(histogram: Histogram): number | null {
  const buckets = Object.entries(histogram)
    .map(([minutes, count]) => [Number(minutes), count] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = buckets.reduce((n, [, count]) => n + count, 0);
  if (total === 0) return null;
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const [minutes, count] of buckets) {
      seen += count;
      if (rank < seen) return minutes;
    }
    throw new Error("rank beyond histogram");
  };
  return (valueAt(Math.floor((total - 1) / 2)) + valueAt(Math.floor(total / 2))) / 2;
}

/**
 * One partner's raw counts for one local day (or, summed, for a period or a group).
 * Every field is a count (or cents, or a histogram of counts) and adds up.
 */
export type Counters = {
  // ── Mall pickup. Arrivals count once concluded: status `completed` or `missed`.
  // Cancelled arrivals (the carrier called them off) count nowhere. Arrivals still to come or
  // under way count nothing yet: they join their window-start day when they conclude.
  /** Concluded pickup arrivals. */
  pickupArrivals: number;
  /** Of those, driver no-shows (status `missed`). */
  noShowArrivals: number;
  /**
   * Parcels due: manifest rows (`on_manifest`) of concluded pickups, less parcels the carrier
   * had cancelled by the window start. A parcel that rolls is due again on its next arrival.
   */
  parcelsDue: number;
  /**
   * Of those, ready by the window start: `ready_at <= window_start`, unless the ready mark was
   * undone before the window start and the parcel is still `announced` (an undo leaves the
   * old `ready_at` behind).
   */
  readyOnTime: number;
  /** Manifest rows with discrepancy `not_ready`: the store's missed pickups. */
  missedNotReady: number;
  /** Manifest rows with discrepancy `not_taken`: the driver's (late, no-show, left it). */
  missedNotTaken: number;
  /** Manifest rows with discrepancy `handoff_mismatch` (store scan ≠ driver's report). */
  handoffMismatches: number;
  /**
   * Mall parcels by whole minutes from `announced_at` to `ready_at` (floored), on the day of
   * `ready_at`; only parcels whose ready mark stands (status ready, picked_up or delivered).
   */
  prepMinutes: Histogram;
  /** Completed pickups by whole minutes from `arrived_at` to `departed_at` (floored). */
  driverWaitMinutes: Histogram;

  // ── Rural local delivery.
  /** 1 on each local day that is not one of the partner's closure days (rural partners only). */
  scheduledDays: number;
  /**
   * 1 on a scheduled day with a serviced drop-off: a `dropoff` arrival whose window starts that
   * day and that was checked in (`checked_in_at`) by 12:00 local time that day (the noon rule;
   * a scheduled day without one is a coverage gap once noon has passed, see coverage.ts). A
   * drop on a closure day does not add a serviced day, so serviced ≤ scheduled.
   */
  servicedDays: number;
  /** Parcels received at the store (`received_at`), on the day received; the carrier's cancellations are left out. */
  received: number;
  /** Of those, delivered (status `delivered`), whenever that happened. */
  deliveredOfReceived: number;
  /** Of those delivered, delivered on the same local day they were received. */
  deliveredSameDay: number;
  /** Of those delivered, `delivered_at <= promised_by`. */
  deliveredOnTime: number;
  /** Received parcels with at least one delivery attempt. */
  attemptedParcels: number;
  /** Of those, parcels whose first attempt (by tap time) delivered. */
  firstAttemptDelivered: number;
  /** Delivery attempts tapped that day, any outcome. */
  attempts: number;
  /** Failed attempts by reason (a missing reason counts as `other`). */
  failedAttempts: Record<FailureReason, number>;
  /** Delivered attempts. */
  deliveredAttempts: number;
  /** Of those, with a proof photo (`photo_id` set). */
  deliveredAttemptsWithPhoto: number;
  /** Attempts flagged `out_of_radius`. */
  outOfRadiusAttempts: number;
  /**
   * Manifest rows (`on_manifest`) of drop-offs that happened: checked in (at any time) or
   * `arrived` / `completed` per the carrier.
   */
  manifestRows: number;
  /**
   * Rows of those drop-offs flagged `missing` / `unexpected`, and damaged (flagged `damaged`, or
   * marked damaged at check-in: `damaged_at`, which a parcel not on the manifest also keeps).
   */
  missing: number;
  unexpected: number;
  damaged: number;
  /** Parcels delivered that day (`delivered_at`), and what they earn at the partner's pay rate. */
  deliveries: number;
  earningsCents: number;
};

export function emptyCounters(): Counters {
  return {
    pickupArrivals: 0,
    noShowArrivals: 0,
    parcelsDue: 0,
    readyOnTime: 0,
    missedNotReady: 0,
    missedNotTaken: 0,
    handoffMismatches: 0,
    prepMinutes: {},
    driverWaitMinutes: {},
    scheduledDays: 0,
    servicedDays: 0,
    received: 0,
    deliveredOfReceived: 0,
    deliveredSameDay: 0,
    deliveredOnTime: 0,
    attemptedParcels: 0,
    firstAttemptDelivered: 0,
    attempts: 0,
    failedAttempts: Object.fromEntries(failureReasons.map((r) => [r, 0])) as Record<FailureReason, number>,
    deliveredAttempts: 0,
    deliveredAttemptsWithPhoto: 0,
    outOfRadiusAttempts: 0,
    manifestRows: 0,
    missing: 0,
    unexpected: 0,
    damaged: 0,
    deliveries: 0,
    earningsCents: 0,
  };
}

/**
 * Adds b into a, in place: summing thousands of partner-days is the dashboard's hot path, and
 * a new object per addition costs more than the sums.
 */
export function addCountersInto(a: Counters, b: Counters): Counters {
  const target = a as unknown as Record<string, unknown>;
  for (const key in b) {
    const value = (b as unknown as Record<string, unknown>)[key];
    if (typeof value === "number") target[key] = (target[key] as number) + value;
  }
  // for…in rather than Object.entries: this runs for every partner-day a dashboard sums.
  for (const minutes in b.prepMinutes) {
    const key = Number(minutes);
    a.prepMinutes[key] = (a.prepMinutes[key] ?? 0) + b.prepMinutes[key]!;
  }
  for (const minutes in b.driverWaitMinutes) {
    const key = Number(minutes);
    a.driverWaitMinutes[key] = (a.driverWaitMinutes[key] ?? 0) + b.driverWaitMinutes[key]!;
  }
  for (const reason of failureReasons) a.failedAttempts[reason] += b.failedAttempts[reason] ?? 0;
  return a;
}

const r = (numerator: number, denominator: number): Rate => ({ numerator, denominator });

/** The figures a manager reads, from a partner's (or a group's) counters over a period. */
export function figuresOf(c: Counters) {
  return {
    mall: {
      /** Parcels due that were ready by the window start ÷ parcels due. */
      readyOnTime: r(c.readyOnTime, c.parcelsDue),
      /** Missed pickups by cause, each over parcels due. */
      missedStoreNotReady: r(c.missedNotReady, c.parcelsDue),
      missedDriver: r(c.missedNotTaken, c.parcelsDue),
      /** Driver no-shows ÷ concluded pickups. */
      driverNoShows: r(c.noShowArrivals, c.pickupArrivals),
      medianPrepMinutes: histogramMedian(c.prepMinutes),
      medianDriverWaitMinutes: histogramMedian(c.driverWaitMinutes),
      handoffDiscrepancies: c.handoffMismatches,
    },
    rural: {
      /** Delivered ÷ received (parcels received in the period). */
      deliveryCompletion: r(c.deliveredOfReceived, c.received),
      /** Delivered on the day received ÷ delivered. */
      sameDay: r(c.deliveredSameDay, c.deliveredOfReceived),
      /** Delivered by the promised time ÷ delivered. */
      onTime: r(c.deliveredOnTime, c.deliveredOfReceived),
      /** First attempt delivered ÷ parcels attempted at least once. */
      firstAttemptSuccess: r(c.firstAttemptDelivered, c.attemptedParcels),
      failedAttemptsByReason: { ...c.failedAttempts },
      /** Delivered attempts with a photo ÷ delivered attempts. */
      proofOfDelivery: r(c.deliveredAttemptsWithPhoto, c.deliveredAttempts),
      /** Each kind of drop discrepancy ÷ manifest rows of the drops that happened. */
      dropMissing: r(c.missing, c.manifestRows),
      dropUnexpected: r(c.unexpected, c.manifestRows),
      dropDamaged: r(c.damaged, c.manifestRows),
      /** Parcels received ÷ serviced days. */
      parcelsPerDay: r(c.received, c.servicedDays),
      /** Serviced days ÷ scheduled days (the 360-day commitment). */
      daysServiced: r(c.servicedDays, c.scheduledDays),
      outOfRadiusFlags: c.outOfRadiusAttempts,
      earningsCents: c.earningsCents,
    },
  };
}

export type Figures = ReturnType<typeof figuresOf>;
