import "server-only";
import { and, asc, between, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { partnerDayStats, partners } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { addDays } from "@/lib/local-day";
import { type Actor, systemActor } from "../actor";
import { partnerScope } from "../scope";
import { markHistoryDirty } from "../stats/stale";
import { MAX_AGE_MS, PLANNING_HORIZON_MS } from "../time/sent-time";
import { type Counters, emptyCounters } from "./definitions";
import { type Period, periodDays } from "./period";
import { type PartnerDayRow, partnerFiguresFromRaw } from "./raw";
import { forgetStatsTotals, statsChannel } from "./totals-cache";

// Marking lives in a leaf module (stats/stale), so areas whose changes mark days stale need nothing of performance.
export { markHistoryDirty, markStatsDirty } from "../stats/stale";

/** How far back a refresh may reach for a partner younger than this, and how far ahead (sent times are bounded alike). */
const HISTORY_DAYS = Math.ceil(MAX_AGE_MS / 86_400_000);
const AHEAD_DAYS = Math.ceil(PLANNING_HORIZON_MS / 86_400_000) + 1;

/** The raw query's widest period; longer histories are refreshed in slices of this length. */
const SLICE_DAYS = 365;

/**
 * Recomputes the stale days of up to `limit` partners from the raw tables. A change made
 * while this runs marks its days again, so it is picked up by the next refresh.
 */
export async function refreshStats({ db, limit = 20 }: { db: DbOrTx; limit?: number }): Promise<number> {
  // Whatever a stored time says (a year-9999 typo, a broken clock), a refresh walks at most the
  // partner's life (or the last year) and the planning horizon ahead: rows outside are not rolled up.
  const claimed = await db.transaction((tx) =>
    queryRows<{ partner_id: string; day_from: string; day_to: string }>(
      tx,
      sql`
      with claimed as (
        delete from stats_dirty where partner_id in (
          select partner_id from stats_dirty order by marked_at limit ${limit} for update skip locked)
        returning partner_id, day_from, day_to)
      select c.partner_id,
             greatest(c.day_from, least((p.created_at at time zone p.time_zone)::date,
                                        (now() at time zone p.time_zone)::date - ${HISTORY_DAYS}::int) - 1)::text as day_from,
             least(c.day_to, (now() at time zone p.time_zone)::date + ${AHEAD_DAYS}::int)::text as day_to
        from claimed c
        join partners p on p.id = c.partner_id`,
    ),
  );
  for (const stale of claimed) {
    await rewritePartnerDays(db, { partnerId: stale.partner_id, from: stale.day_from, to: stale.day_to });
  }
  if (claimed.length > 0) await announceStatsChanged(db);
  return claimed.length;
}

/**
 * Recomputes one partner's days from the raw tables and stores them, without the queue: what a
 * refresh does for each partner it claims (a test uses it to know its own partners are done,
 * whatever another refresh has claimed meanwhile).
 */
export async function recomputePartnerDays({
  db,
  stale,
}: {
  db: DbOrTx;
  stale: { partnerId: string; from: string; to: string };
}) {
  await rewritePartnerDays(db, stale);
  await announceStatsChanged(db);
}

async function rewritePartnerDays(db: DbOrTx, stale: { partnerId: string; from: string; to: string }) {
  for (let from = stale.from; from <= stale.to; from = addDays(from, SLICE_DAYS)) {
    const to = minDay(addDays(from, SLICE_DAYS - 1), stale.to);
    const rows = await partnerFiguresFromRaw({ db, actor: systemActor, from, to, partnerIds: [stale.partnerId] });
    await writeDays(db, rows);
  }
}

/** Every instance's kept dashboard sums are now stale (totals-cache.ts): this one's and, by notice, the others'. */
async function announceStatsChanged(db: DbOrTx) {
  forgetStatsTotals();
  await db.execute(sql`select pg_notify(${statsChannel}, '')`);
}

/** Rolls up every partner's whole history: after a bulk load, which has no change events. */
export async function rollUpEverything({ db }: { db: DbOrTx }) {
  await markHistoryDirty({ db });
  return refreshAllStats({ db });
}

/** Refreshes until nothing is stale (start-up after a seed, tests, the benchmark). */
export async function refreshAllStats({ db, batch = 20 }: { db: DbOrTx; batch?: number }) {
  let total = 0;
  for (let n = await refreshStats({ db, limit: batch }); n > 0; n = await refreshStats({ db, limit: batch }))
    total += n;
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
 * A day no change ever touched has no row; it is filled in as the raw path would count it:
 * nothing happened (no drop-off was due either, since scheduling one is a change).
 */
export async function partnerFiguresFromRollup(
  options: { db: DbOrTx; actor: Actor } & Period & { partnerIds?: readonly string[] },
): Promise<PartnerDayRow[]> {
  const { db, actor } = options;
  const seen = await db
    .select({ id: partners.id, program: partners.program, regionId: partners.regionId, mallId: partners.mallId })
    .from(partners)
    .where(and(partnerScope(actor), options.partnerIds ? inArray(partners.id, [...options.partnerIds]) : undefined))
    .orderBy(asc(partners.code));
  if (seen.length === 0) return [];
  const ids = seen.map((p) => p.id);
  const stored = await db
    .select({ partnerId: partnerDayStats.partnerId, day: partnerDayStats.day, counters: partnerDayStats.counters })
    .from(partnerDayStats)
    .where(and(inArray(partnerDayStats.partnerId, ids), between(partnerDayStats.day, options.from, options.to)));
  const byKey = new Map(stored.map((r) => [`${r.partnerId}|${r.day}`, r.counters as Counters]));
  const days = periodDays(options);
  const rows: PartnerDayRow[] = [];
  for (const p of seen) {
    for (const day of days) {
      const key = `${p.id}|${day}`;
      const counters = byKey.get(key) ?? emptyCounters();
      rows.push({ partnerId: p.id, program: p.program, regionId: p.regionId, mallId: p.mallId, day, counters });
    }
  }
  return rows;
}

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}
