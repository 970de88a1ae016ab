import { and, asc, between, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { closureDays, partnerDayStats, partners } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { type Actor, systemActor } from "../actor";
import { partnerScope } from "../scope";
import { addDays } from "../time/local-day";
import { type Counters, emptyCounters } from "./definitions";
import { type Period, periodDays } from "./period";
import { type PartnerDayRow, partnerFiguresFromRaw } from "./raw";

/**
 * Marks the local days a change may have touched as stale, in the change's own transaction:
 * from the day its parcel was announced (a late delivery changes the figures of the day it was
 * received) or its arrival's window, to the day of the change.
 */
export async function markStatsDirty(
  db: DbOrTx,
  change: { partnerId: string; parcelId?: string | null; arrivalId?: string | null; at: Date },
) {
  const at = change.at.toISOString();
  await db.execute(sql`
    insert into stats_dirty (partner_id, day_from, day_to)
    select p.id,
           least(d.at_day, coalesce(d.announced_day, d.at_day), coalesce(d.window_day, d.at_day)),
           greatest(d.at_day, coalesce(d.window_day, d.at_day))
      from partners p
      cross join lateral (
        select (${at}::timestamptz at time zone p.time_zone)::date as at_day,
               (select (pa.announced_at at time zone p.time_zone)::date from parcels pa where pa.id = ${change.parcelId ?? null}::uuid) as announced_day,
               (select (a.window_start at time zone p.time_zone)::date from arrivals a
                 where a.id = coalesce(${change.arrivalId ?? null}::uuid,
                                       (select pa.due_arrival_id from parcels pa where pa.id = ${change.parcelId ?? null}::uuid))) as window_day
      ) d
     where p.id = ${change.partnerId}::uuid
    on conflict (partner_id) do update
      set day_from = least(stats_dirty.day_from, excluded.day_from),
          day_to = greatest(stats_dirty.day_to, excluded.day_to),
          marked_at = now()`);
}

/**
 * Marks whole histories stale: every partner's after a bulk load (a seed has no change
 * events), or one partner's when something every day depends on changes (its pay rate).
 */
export async function markHistoryDirty(db: DbOrTx, partnerId?: string) {
  await db.execute(sql`
    insert into stats_dirty (partner_id, day_from, day_to)
    select p.id,
           coalesce((select (min(pa.announced_at) at time zone p.time_zone)::date from parcels pa where pa.partner_id = p.id),
                    (now() at time zone p.time_zone)::date),
           (now() at time zone p.time_zone)::date + 2
      from partners p
     ${partnerId ? sql`where p.id = ${partnerId}::uuid` : sql``}
    on conflict (partner_id) do update
      set day_from = least(stats_dirty.day_from, excluded.day_from),
          day_to = greatest(stats_dirty.day_to, excluded.day_to),
          marked_at = now()`);
}

/** The raw query's widest period; longer histories are refreshed in slices of this length. */
const SLICE_DAYS = 365;

/**
 * Recomputes the stale days of up to `limit` partners from the raw tables. A change made
 * while this runs marks its days again, so it is picked up by the next refresh.
 */
export async function refreshStats(db: DbOrTx, limit = 20): Promise<number> {
  const claimed = await db.transaction((tx) =>
    queryRows<{ partner_id: string; day_from: string; day_to: string }>(
      tx,
      sql`
      delete from stats_dirty where partner_id in (
        select partner_id from stats_dirty order by marked_at limit ${limit} for update skip locked)
      returning partner_id, day_from::text, day_to::text`,
    ),
  );
  for (const stale of claimed) {
    for (let from = stale.day_from; from <= stale.day_to; from = addDays(from, SLICE_DAYS)) {
      const to = minDay(addDays(from, SLICE_DAYS - 1), stale.day_to);
      const rows = await partnerFiguresFromRaw(db, systemActor, { from, to, partnerIds: [stale.partner_id] });
      await writeDays(db, rows);
    }
  }
  return claimed.length;
}

/** Rolls up every partner's whole history: after a bulk load, which has no change events. */
export async function rollUpEverything(db: DbOrTx) {
  await markHistoryDirty(db);
  return refreshAllStats(db);
}

/** Refreshes until nothing is stale (start-up after a seed, tests, the benchmark). */
export async function refreshAllStats(db: DbOrTx, batch = 20) {
  let total = 0;
  for (let n = await refreshStats(db, batch); n > 0; n = await refreshStats(db, batch)) total += n;
  return total;
}

async function writeDays(db: DbOrTx, rows: PartnerDayRow[]) {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(partnerDayStats)
      .values(rows.slice(i, i + 500).map((r) => ({ partnerId: r.partnerId, day: r.day, counters: r.counters })))
      .onConflictDoUpdate({
        target: [partnerDayStats.partnerId, partnerDayStats.day],
        set: { counters: sql`excluded.counters`, computedAt: sql`now()` },
      });
  }
}

/**
 * The same rows as `partnerFiguresFromRaw`, read from the rollup: the dashboard's fast path.
 * A day no change ever touched has no row; it is filled in as the raw path would count it
 * (nothing happened; a rural store's day is still scheduled unless it is a closure day).
 */
export async function partnerFiguresFromRollup(
  db: DbOrTx,
  actor: Actor,
  options: Period & { partnerIds?: readonly string[] },
): Promise<PartnerDayRow[]> {
  const seen = await db
    .select({ id: partners.id, program: partners.program, regionId: partners.regionId, mallId: partners.mallId })
    .from(partners)
    .where(and(partnerScope(actor), options.partnerIds ? inArray(partners.id, [...options.partnerIds]) : undefined))
    .orderBy(asc(partners.code));
  if (seen.length === 0) return [];
  const ids = seen.map((p) => p.id);
  const [stored, closed] = await Promise.all([
    db
      .select({ partnerId: partnerDayStats.partnerId, day: partnerDayStats.day, counters: partnerDayStats.counters })
      .from(partnerDayStats)
      .where(and(inArray(partnerDayStats.partnerId, ids), between(partnerDayStats.day, options.from, options.to))),
    db
      .select({ partnerId: closureDays.partnerId, day: closureDays.day })
      .from(closureDays)
      .where(and(inArray(closureDays.partnerId, ids), between(closureDays.day, options.from, options.to))),
  ]);
  const byKey = new Map(stored.map((r) => [`${r.partnerId}|${r.day}`, r.counters as Counters]));
  const closedKeys = new Set(closed.map((c) => `${c.partnerId}|${c.day}`));
  const days = periodDays(options);
  const rows: PartnerDayRow[] = [];
  for (const p of seen) {
    for (const day of days) {
      const key = `${p.id}|${day}`;
      let counters = byKey.get(key);
      if (!counters) {
        counters = emptyCounters();
        if (p.program === "local_delivery" && !closedKeys.has(key)) counters.scheduledDays = 1;
      }
      rows.push({ partnerId: p.id, program: p.program, regionId: p.regionId, mallId: p.mallId, day, counters });
    }
  }
  return rows;
}

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}
