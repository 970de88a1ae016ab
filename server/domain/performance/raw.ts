import "server-only";
import { and, asc, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type FailureReason, failureReasons, type Program, partners } from "@/db/schema";
import type { LocalDay } from "@/lib/local-day";
import { rateOn } from "@/lib/pay-rate";
import { isUuid } from "@/server/ids";
import type { Actor } from "../actor";
import { rateChanges } from "../partners/rate-changes";
import { partnerScope } from "../scope";
import { addCountersInto, type Counters, emptyCounters, type Histogram } from "./definitions";
import { type Period, periodDays } from "./period";
import { RawQueries } from "./raw-queries";

export { previousPeriod } from "./period";

/** One partner's counters for one of its local days. */
export type PartnerDayRow = {
  partnerId: string;
  program: Program;
  regionId: string;
  mallId: string | null;
  day: LocalDay;
  counters: Counters;
};

/** One partner's counters summed over a period. */
export type PartnerTotals = Omit<PartnerDayRow, "day" | "counters"> & { days: number; counters: Counters };

/** A mall's or a region's counters: the sum of its partners'. */
export type GroupTotals = { by: "mall" | "region"; id: string; partnerIds: string[]; counters: Counters };

/**
 * Every performance counter (see definitions.ts) of every partner the actor may see, for each
 * local day of the period, computed straight from the raw tables: the "naive" path that
 * rollups must agree with. One row per partner and day of the period (all zeros when nothing
 * happened), each day read in the partner's own time zone. `partnerIds` narrows the partners;
 * ids outside the actor's scope are ignored, as if they did not exist.
 */
export async function partnerFiguresFromRaw(
  options: { db: DbOrTx; actor: Actor } & Period & { partnerIds?: readonly string[] },
): Promise<PartnerDayRow[]> {
  const { db, actor, from, to } = options;
  const days = periodDays({ from, to });
  const wanted = options.partnerIds?.filter(isUuid);
  if (wanted && wanted.length === 0) return [];

  const seen = await db
    .select({
      id: partners.id,
      program: partners.program,
      regionId: partners.regionId,
      mallId: partners.mallId,
      payRateCents: partners.payRateCents,
    })
    .from(partners)
    .where(and(partnerScope(actor), wanted ? inArray(partners.id, wanted) : undefined))
    .orderBy(asc(partners.code));
  if (seen.length === 0) return [];

  const q = new RawQueries(
    actor,
    seen.map((p) => p.id),
    from,
    to,
  );
  const [closures, manifests, arrivals, prep, drops, cohorts, attempts, deliveries, rates] = await Promise.all([
    q.closureDays(db),
    q.mallManifests(db),
    q.mallArrivals(db),
    q.mallPrep(db),
    q.ruralDrops(db),
    q.ruralCohorts(db),
    q.ruralAttempts(db),
    q.ruralDeliveries(db),
    rateChanges({ db, partnerIds: seen.map((p) => p.id), upTo: to }),
  ]);

  const cells = new Map<string, Counters>();
  const cell = (partnerId: string, day: string) => {
    const key = `${partnerId}|${day}`;
    let counters = cells.get(key);
    if (!counters) {
      counters = emptyCounters();
      cells.set(key, counters);
    }
    return counters;
  };
  for (const m of manifests) {
    Object.assign(cell(m.partner_id, m.day), {
      parcelsDue: m.parcels_due,
      readyOnTime: m.ready_on_time,
      missedNotReady: m.missed_not_ready,
      missedNotTaken: m.missed_not_taken,
      handoffMismatches: m.handoff_mismatches,
    });
  }
  for (const a of arrivals) {
    const c = cell(a.partner_id, a.day);
    c.pickupArrivals += a.arrivals;
    c.noShowArrivals += a.no_shows;
    if (a.wait !== null) c.driverWaitMinutes[a.wait] = (c.driverWaitMinutes[a.wait] ?? 0) + a.arrivals;
  }
  for (const p of prep) cell(p.partner_id, p.day).prepMinutes = parseHistogram(p.histogram);
  const serviced = new Set<string>();
  const due = new Set<string>();
  for (const d of drops) {
    due.add(`${d.partner_id}|${d.day}`);
    if (d.serviced) serviced.add(`${d.partner_id}|${d.day}`);
    Object.assign(cell(d.partner_id, d.day), {
      manifestRows: d.manifest_rows,
      missing: d.missing,
      unexpected: d.unexpected,
      damaged: d.damaged,
    });
  }
  for (const k of cohorts) {
    Object.assign(cell(k.partner_id, k.day), {
      received: k.received,
      deliveredOfReceived: k.delivered,
      deliveredSameDay: k.same_day,
      deliveredOnTime: k.on_time,
      attemptedParcels: k.attempted,
      firstAttemptDelivered: k.first_delivered,
    });
  }
  for (const a of attempts) {
    const c = cell(a.partner_id, a.day);
    c.attempts += a.n;
    if (a.outcome === "delivered") {
      c.deliveredAttempts += a.n;
      if (a.has_photo) c.deliveredAttemptsWithPhoto += a.n;
    } else {
      const reason = failureReasons.includes(a.reason as FailureReason) ? (a.reason as FailureReason) : "other";
      c.failedAttempts[reason] += a.n;
    }
    if (a.out_of_radius) c.outOfRadiusAttempts += a.n;
  }
  // Each day earns the rate in force that day (pay-rates.ts), so a change never rewrites the past.
  const opening = new Map(seen.map((p) => [p.id, p.payRateCents]));
  for (const d of deliveries) {
    const c = cell(d.partner_id, d.day);
    c.deliveries = d.deliveries;
    c.earningsCents = d.deliveries * rateOn(rates.get(d.partner_id) ?? [], d.day, opening.get(d.partner_id)!);
  }
  const closed = new Set(closures.map((c) => `${c.partner_id}|${c.day}`));

  const rows: PartnerDayRow[] = [];
  for (const p of seen) {
    for (const day of days) {
      const key = `${p.id}|${day}`;
      const counters = cells.get(key) ?? emptyCounters();
      markScheduled(counters, p.program, key, { due, serviced, closed });
      rows.push({ partnerId: p.id, program: p.program, regionId: p.regionId, mallId: p.mallId, day, counters });
    }
  }
  return rows;
}

type DropDays = { due: Set<string>; serviced: Set<string>; closed: Set<string> };

/** A scheduled day: a drop-off is due and the store is not closed (coverage.ts); serviced if checked in by noon. */
function markScheduled(
  counters: Pick<Counters, "scheduledDays" | "servicedDays">,
  program: Program,
  key: string,
  { due, serviced, closed }: DropDays,
) {
  if (program === "local_delivery" && due.has(key) && !closed.has(key)) {
    counters.scheduledDays = 1;
    counters.servicedDays = serviced.has(key) ? 1 : 0;
  }
}

/**
 * One partner's scheduled and serviced days over a period from the raw tables, as
 * `partnerFiguresFromRaw` counts them, reading only the two sources the rule needs (drop-offs and
 * closure days) instead of every table: what the store's coverage banner asks on each visit.
 * The partner must already be one the actor may see (the queries keep the actor's scope too).
 */
export async function partnerDropDaysFromRaw(options: {
  db: DbOrTx;
  actor: Actor;
  partner: { id: string; program: Program };
  period: Period;
}): Promise<{ day: LocalDay; counters: Pick<Counters, "scheduledDays" | "servicedDays"> }[]> {
  const { db, actor, partner, period } = options;
  const q = new RawQueries(actor, [partner.id], period.from, period.to);
  const [closures, drops] = await Promise.all([q.closureDays(db), q.ruralDrops(db)]);
  const sets: DropDays = {
    due: new Set(drops.map((d) => `${d.partner_id}|${d.day}`)),
    serviced: new Set(drops.filter((d) => d.serviced).map((d) => `${d.partner_id}|${d.day}`)),
    closed: new Set(closures.map((c) => `${c.partner_id}|${c.day}`)),
  };
  return periodDays(period).map((day) => {
    const counters = { scheduledDays: 0, servicedDays: 0 };
    markScheduled(counters, partner.program, `${partner.id}|${day}`, sets);
    return { day, counters };
  });
}

/** Per-partner totals over the rows' days, in the rows' partner order. */
export function summarize(rows: readonly PartnerDayRow[]): PartnerTotals[] {
  const totals = new Map<string, PartnerTotals>();
  for (const { day: _day, counters, ...partner } of rows) {
    const t = totals.get(partner.partnerId);
    if (t) {
      t.days += 1;
      addCountersInto(t.counters, counters);
    } else {
      totals.set(partner.partnerId, { ...partner, days: 1, counters: addCountersInto(emptyCounters(), counters) });
    }
  }
  return [...totals.values()];
}

/** Partners' totals summed per mall (partners without a mall are left out) or per region. */
export function rollUp(perPartner: readonly PartnerTotals[], by: "mall" | "region"): GroupTotals[] {
  const groups = new Map<string, GroupTotals>();
  for (const p of perPartner) {
    const id = by === "mall" ? p.mallId : p.regionId;
    if (!id) continue;
    const g = groups.get(id);
    if (g) {
      g.partnerIds.push(p.partnerId);
      addCountersInto(g.counters, p.counters);
    } else {
      groups.set(id, { by, id, partnerIds: [p.partnerId], counters: addCountersInto(emptyCounters(), p.counters) });
    }
  }
  return [...groups.values()];
}

function parseHistogram(json: string): Histogram {
  const histogram: Histogram = {};
  for (const [minutes, count] of Object.entries(JSON.parse(json) as Record<string, number>)) {
    histogram[Number(minutes)] = count;
  }
  return histogram;
}
