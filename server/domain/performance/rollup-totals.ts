import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { countedKeys, type FailureReason, type Program } from "@/db/schema";
import { queryRows } from "@/db/sql";
import type { Actor } from "../actor";
import { partnerScope } from "../scope";
import { type Counters, emptyCounters, type Histogram } from "./definitions";
import { type Period, periodDays } from "./period";
import type { PartnerTotals } from "./raw";
import { cachedTotals } from "./totals-cache";

// `sum` of integers is bigint, which postgres.js hands over as text; float8 is exact below 2^53.
/** Every integer counter of `partner_day_stats s`, summed (one array, in `countedKeys` order). */
export const countSums = sql.raw(`array[${countedKeys.map((_, i) => `sum(s.counts[${i + 1}])`).join(", ")}]::float8[]`);

/** Where each element of `counts` goes in the counters. */
const setters = countedKeys.map((key): ((c: Counters, value: number) => void) => {
  const [outer, inner] = key.split(".") as [string, string | undefined];
  if (inner) {
    return (c, value) => {
      c.failedAttempts[inner as FailureReason] = value;
    };
  }
  return (c, value) => {
    (c as unknown as Record<string, number>)[outer] = value;
  };
});

/**
 * Per-partner totals of each period, summed by the database from the rollup: the same answer
 * as `summarize(partnerFiguresFromRollup(…))` for each period, without sending every
 * partner-day to the app. Integer counters are summed from `counts` (an index-only scan);
 * histograms, which only mall partners' days have, come as one string per partner and period
 * (stored as text, so the database converts no JSON) and are merged here.
 * Days without a stored row count as the raw path counts them: nothing happened (no drop-off
 * was due either: scheduling one is a change that rolls its day up). Partners come in code order.
 */
export async function partnerTotalsFromRollup(options: {
  db: DbOrTx;
  actor: Actor;
  periods: readonly Period[];
  partnerIds?: readonly string[];
}): Promise<PartnerTotals[][]> {
  const { db, periods, partnerIds } = options;
  if (periods.length === 0 || partnerIds?.length === 0) return periods.map(() => []);
  // Named partners are summed once for the actor's scope until a rollup changes (totals-cache.ts).
  if (partnerIds) return cachedTotals(db, { actor: options.actor, periods, partnerIds }, () => sumTotals(options));
  return sumTotals(options);
}

async function sumTotals(options: {
  db: DbOrTx;
  actor: Actor;
  periods: readonly Period[];
  partnerIds?: readonly string[];
}): Promise<PartnerTotals[][]> {
  const { db, actor, periods } = options;
  const lengths = periods.map((p) => periodDays(p).length);
  const ranges = sql`(values ${sql.join(
    periods.map((p, k) => sql`(${k}::int, ${p.from}::date, ${p.to}::date)`),
    sql`, `,
  )}) r (k, day_from, day_to)`;
  // The periods' overall span as constants too, so the planner can pick its index by the range.
  const froms = periods.map((p) => p.from).sort();
  const tos = periods.map((p) => p.to).sort();
  const span = sql`s.day between ${froms[0]!}::date and ${tos[tos.length - 1]!}::date`;
  const scoped: SQL = sql`${partnerScope(actor)} ${
    options.partnerIds ? sql`and partners.id = any(${`{${options.partnerIds.join(",")}}`}::uuid[])` : sql``
  }`;
  const [rows, histograms] = await Promise.all([
    queryRows<{
      id: string;
      program: Program;
      region_id: string;
      mall_id: string | null;
      k: number;
      sums: number[] | null;
    }>(
      db,
      sql`
      select partners.id, partners.program, partners.region_id, partners.mall_id, r.k, t.sums
        from partners
       cross join ${ranges}
        left join (
          select s.partner_id, r.k, ${countSums} as sums
            from ${ranges}
            join partner_day_stats s on s.day between r.day_from and r.day_to
           where ${span} and s.partner_id in (select partners.id from partners where ${scoped})
           group by 1, 2
        ) t on t.partner_id = partners.id and t.k = r.k
       where ${scoped}
       order by r.k, partners.code`,
    ),
    queryRows<{ partner_id: string; k: number; histograms: string }>(
      db,
      sql`
      select s.partner_id, r.k, string_agg(s.histograms, ',') as histograms
        from ${ranges}
        join partner_day_stats s on s.day between r.day_from and r.day_to
       where ${span} and s.histograms is not null
         and s.partner_id in (select partners.id from partners where ${scoped})
       group by 1, 2`,
    ),
  ]);

  const result: PartnerTotals[][] = periods.map(() => []);
  const byKey = new Map<string, Counters>();
  for (const row of rows) {
    const days = lengths[row.k]!;
    const counters = emptyCounters();
    setSums(counters, row.sums);
    byKey.set(`${row.k}|${row.id}`, counters);
    result[row.k]!.push({
      partnerId: row.id,
      program: row.program,
      regionId: row.region_id,
      mallId: row.mall_id,
      days,
      counters,
    });
  }
  for (const h of histograms) {
    const counters = byKey.get(`${h.k}|${h.partner_id}`);
    if (counters) addHistograms(counters, h.histograms);
  }
  return result;
}

/** Sets fresh counters from summed `counts` (see `countSums`); null (no stored day) leaves them at zero. */
export function setSums(counters: Counters, sums: readonly number[] | null) {
  if (!sums) return;
  for (const [i, set] of setters.entries()) set(counters, sums[i] ?? 0);
}

/**
 * Adds days' histograms, as the database stores them (`[{"12": 1, "30": 2}, {"4": 1}]` per day:
 * prep minutes, then driver wait, days joined by commas), into the counters. A period holds
 * hundreds of thousands of buckets, so this scans the text into arrays indexed by minute instead
 * of parsing an object per day and adding key by key, which was most of the dashboard's time.
 */
export function addHistograms(counters: Counters, text: string) {
  const sums = [new MinuteSums(), new MinuteSums()] as const;
  let target: MinuteSums = sums[0];
  let objects = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b /* [ a day */) objects = 0;
    else if (c === 0x7b /* { */) target = sums[objects++ === 0 ? 0 : 1];
    else if (c === 0x22 /* " a bucket: "minutes": count */) {
      let sign = 1;
      if (text.charCodeAt(++i) === 0x2d /* - */) {
        sign = -1;
        i++;
      }
      let minutes = 0;
      for (let d = text.charCodeAt(i); d !== 0x22; d = text.charCodeAt(++i)) minutes = minutes * 10 + d - 0x30;
      i = text.indexOf(":", i) + 1;
      while (text.charCodeAt(i) === 0x20) i++;
      let count = 0;
      for (let d = text.charCodeAt(i); d >= 0x30 && d <= 0x39; d = text.charCodeAt(++i)) count = count * 10 + d - 0x30;
      target.add(sign * minutes, count);
      i--;
    }
  }
  sums[0].addInto(counters.prepMinutes);
  sums[1].addInto(counters.driverWaitMinutes);
}

/** Counts by whole minute: an array for the usual range, a map for anything beyond it. */
class MinuteSums {
  private readonly dense: number[] = [];
  private readonly rest = new Map<number, number>();

  add(minutes: number, count: number) {
    if (minutes >= 0 && minutes < 10_080) this.dense[minutes] = (this.dense[minutes] ?? 0) + count;
    else this.rest.set(minutes, (this.rest.get(minutes) ?? 0) + count);
  }

  addInto(histogram: Histogram) {
    this.dense.forEach((count, minutes) => {
      histogram[minutes] = (histogram[minutes] ?? 0) + count;
    });
    for (const [minutes, count] of this.rest) histogram[minutes] = (histogram[minutes] ?? 0) + count;
  }
}
