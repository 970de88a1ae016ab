import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Program } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { addDays, type LocalDay } from "@/lib/local-day";
import { notFound } from "@/server/errors";
import type { Actor } from "../actor";
import { partnerScope } from "../scope";
import { assertMayReviewPerformance } from "./access";
import { headlineColumns, programHeadline } from "./columns";
import { type Counters, emptyCounters, figuresOf } from "./definitions";
import { type Period, periodDays, periodLength, previousPeriod } from "./period";
import { countSums, setSums } from "./rollup-totals";
import { keptFromRollups } from "./totals-cache";

/** The headline figures of one day, by column key (fractions; null when nothing was measured). */
export type HeadlineValues = Record<string, number | null>;

/** The partners the actor sees, or those of one mall, as a condition on `partners`. */
function scopeOf(actor: Actor, mallId: string | undefined): SQL {
  return mallId ? sql`${partnerScope(actor)} and partners.mall_id = ${mallId}::uuid` : partnerScope(actor);
}

/**
 * Day by day, the integer counters of every partner in scope summed by the database from the
 * rollup. Each partner counts on its own local days (a Phoenix store's 3 March is 3 March in
 * Phoenix), as the rollup stores them. Histograms are not summed: a day's medians stay empty.
 * Days without a stored row count as the raw path counts them: nothing happened.
 */
export async function dailyCountersFromRollup({
  db,
  actor,
  period,
  mallId,
}: {
  db: DbOrTx;
  actor: Actor;
  period: Period;
  mallId?: string;
}): Promise<{ day: LocalDay; counters: Counters }[]> {
  const days = periodDays(period);
  const scoped = scopeOf(actor, mallId);
  const stored = await queryRows<{ day: string; sums: number[] }>(
    db,
    sql`
      select s.day::text as day, ${countSums} as sums
        from partner_day_stats s
       where s.day between ${period.from}::date and ${period.to}::date
         and s.partner_id in (select partners.id from partners where ${scoped})
       group by s.day`,
  );
  const byDay = new Map(stored.map((r) => [r.day, r.sums]));
  return days.map((day) => {
    const counters = emptyCounters();
    setSums(counters, byDay.get(day) ?? null);
    return { day, counters };
  });
}

function headlineValues(counters: Counters): HeadlineValues {
  const figures = figuresOf(counters);
  return Object.fromEntries(headlineColumns.map((c) => [c.key, c.value(figures)]));
}

/**
 * The region's headline figures day by day over a period, beside the same day of the previous
 * period (the n-th day of each): every partner the actor sees, or one mall's.
 */
export async function regionDailySeries({
  db,
  actor,
  period,
  mallId,
}: {
  db: DbOrTx;
  actor: Actor;
  period: Period;
  mallId?: string;
}) {
  assertMayReviewPerformance(actor);
  const before = previousPeriod(period.from, period.to);
  // The partners summed: kept days are only given for the same ones (a partner added or moved is a new key).
  const seen = await queryRows<{ id: string }>(
    db,
    sql`select partners.id from partners where ${scopeOf(actor, mallId)} order by partners.id`,
  );
  // A mall is visible through the partners of it the actor sees; any other is not found.
  if (mallId && seen.length === 0) throw notFound("Mall");
  const partnerIds = seen.map((p) => p.id).join(",");
  const days = await keptFromRollups(
    db,
    { actor, kind: "series", parts: [period, mallId ?? null, partnerIds] },
    async () => {
      // The previous period ends the day before this one starts: one read covers both.
      const both = await dailyCountersFromRollup({ db, actor, period: { from: before.from, to: period.to }, mallId });
      const length = periodLength(period);
      return both.slice(length).map((d, i) => ({
        day: d.day,
        previousDay: addDays(before.from, i),
        figures: headlineValues(d.counters),
        previous: headlineValues(both[i]!.counters),
      }));
    },
  );
  return { period, previousPeriod: before, days };
}

export type RegionDailySeries = Awaited<ReturnType<typeof regionDailySeries>>;

/**
 * Each partner's own headline figure (ready on time for mall pickup, delivery completion for
 * local delivery) on every local day of the period, in the period's order: the leaderboard's
 * sparklines. A day with nothing to measure is null.
 */
export async function partnerHeadlineSeries({
  db,
  actor,
  period,
  partnerIds,
}: {
  db: DbOrTx;
  actor: Actor;
  period: Period;
  /** Only these partners (those a page shows); ids outside the actor's scope are left out. */
  partnerIds?: readonly string[] | undefined;
}) {
  assertMayReviewPerformance(actor);
  const days = periodDays(period);
  const scoped = partnerIds
    ? sql`${partnerScope(actor)} and partners.id = any(${`{${partnerIds.join(",")}}`}::uuid[])`
    : partnerScope(actor);
  const seen = await queryRows<{ id: string; program: Program }>(
    db,
    sql`select partners.id, partners.program from partners where ${scoped} order by partners.name`,
  );
  // Kept for the same partners (and programs, which choose each one's figure) until a rollup changes.
  const key = seen.map((p) => `${p.id}:${p.program}`).join(",");
  const partners = await keptFromRollups(db, { actor, kind: "sparklines", parts: [period, key] }, () =>
    headlineSeries({ db, period, days, seen }),
  );
  return { days, partners };
}

async function headlineSeries({
  db,
  period,
  days,
  seen,
}: {
  db: DbOrTx;
  period: Period;
  days: LocalDay[];
  seen: { id: string; program: Program }[];
}) {
  const index = new Map(days.map((day, i) => [day, i]));
  const stored = seen.length
    ? await queryRows<{ partner_id: string; day: string; counts: number[] }>(
        db,
        sql`
      select s.partner_id, s.day::text as day, s.counts
        from partner_day_stats s
       where s.day between ${period.from}::date and ${period.to}::date
         and s.partner_id = any(${`{${seen.map((p) => p.id).join(",")}}`}::uuid[])`,
      )
    : [];
  const series = new Map(
    seen.map((p) => [p.id, { column: programHeadline(p.program), values: days.map((): number | null => null) }]),
  );
  for (const row of stored) {
    const s = series.get(row.partner_id);
    const i = index.get(row.day);
    if (!s || i === undefined) continue;
    const counters = emptyCounters();
    setSums(counters, row.counts);
    s.values[i] = s.column.value(figuresOf(counters));
  }
  return seen.map((p) => {
    const s = series.get(p.id)!;
    return { partnerId: p.id, figure: s.column.key, values: s.values };
  });
}
