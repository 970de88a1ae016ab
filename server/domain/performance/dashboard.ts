import "server-only";
import { createHash } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type AlertThresholds, malls, partners, regions } from "@/db/schema";
import { localDayOf } from "@/lib/local-day";
import { type RelativePreset, resolvePeriod } from "@/lib/period";
import type { Actor } from "../actor";
import { partnerScope } from "../scope";
import { assertMayReviewPerformance, seesRollUps } from "./access";
import { emptyCounters, type Figures, figuresOf, fraction, type Rate } from "./definitions";
import { type Period, previousPeriod } from "./period";
import { rollUp } from "./raw";
import { partnerTotalsFromRollup } from "./rollup-totals";
import { keptFromRollups } from "./totals-cache";

export type Alert = { figure: string; value: number; threshold: number; previous: number | null };

/** Figures below the region's thresholds (only figures with something to measure). */
export function alertsFor(
  program: "mall_pickup" | "local_delivery",
  figures: Figures,
  previous: Figures,
  t: AlertThresholds,
) {
  const checks: [string, Rate, Rate, number][] =
    program === "mall_pickup"
      ? [["Ready on time", figures.mall.readyOnTime, previous.mall.readyOnTime, t.readyOnTimeRate]]
      : [
          [
            "Delivery completion",
            figures.rural.deliveryCompletion,
            previous.rural.deliveryCompletion,
            t.deliveryCompletionRate,
          ],
          ["Proof of delivery", figures.rural.proofOfDelivery, previous.rural.proofOfDelivery, t.proofCompliance],
        ];
  const alerts: Alert[] = [];
  for (const [figure, rate, before, threshold] of checks) {
    const value = fraction(rate);
    if (value !== null && value < threshold) alerts.push({ figure, value, threshold, previous: fraction(before) });
  }
  return alerts;
}

/** Either the same local days for every partner, or a preset each partner resolves in its own zone. */
export type PeriodSelection = Period | { preset: RelativePreset };

/** The span covering every partner's period (for headings and file names). */
function spanOf(periods: readonly Period[], fallback: Period): Period {
  if (periods.length === 0) return fallback;
  // ISO days sort as text.
  const froms = periods.map((p) => p.from).sort();
  const tos = periods.map((p) => p.to).sort();
  return { from: froms[0]!, to: tos[tos.length - 1]! };
}

/**
 * The region dashboard over a period, from the rollups: every partner the actor may see with
 * its figures and the previous period's, the malls' and regions' roll-ups, and alerts. A preset
 * ("today", "7", …) ends on each partner's own local today (SPEC "Time"): at 00:30 in Chicago it
 * is still yesterday in Phoenix, so the two partners' "today" are different days.
 */
export async function performanceDashboard(options: { db: DbOrTx; actor: Actor; period: PeriodSelection; now?: Date }) {
  const { db, actor, period: selection } = options;
  assertMayReviewPerformance(actor);
  const now = options.now ?? new Date();
  const metaQuery = db
    .select({
      id: partners.id,
      code: partners.code,
      name: partners.name,
      program: partners.program,
      active: partners.active,
      timeZone: partners.timeZone,
      regionId: partners.regionId,
      regionName: regions.name,
      thresholds: regions.alertThresholds,
      mallId: partners.mallId,
      mallName: malls.name,
      city: partners.city,
      state: partners.state,
    })
    .from(partners)
    .innerJoin(regions, eq(regions.id, partners.regionId))
    .leftJoin(malls, eq(malls.id, partners.mallId))
    .where(partnerScope(actor))
    .orderBy(asc(partners.name));

  const meta = await metaQuery;
  // Each partner's period: the same days for all, or a preset each partner resolves in its own zone.
  const groups = new Map<string, { period: Period; ids: string[] }>();
  if ("preset" in selection) {
    const { preset } = selection;
    // Partners share a handful of zones: each zone's local today is read once.
    const zones = new Map<string, Period>();
    const periodIn = (timeZone: string) => {
      let period = zones.get(timeZone);
      if (!period) {
        period = resolvePeriod(preset, localDayOf(now, timeZone));
        zones.set(timeZone, period);
      }
      return period;
    };
    // Partners whose local today is the same day share one query (usually one, at most a few).
    for (const p of meta) {
      const period = periodIn(p.timeZone);
      const key = `${period.from}|${period.to}`;
      const group = groups.get(key) ?? { period, ids: [] };
      group.ids.push(p.id);
      groups.set(key, group);
    }
    // No partner to read the preset in (a new region): the period still needs days, so read it in UTC.
    if (groups.size === 0) groups.set("", { period: periodIn("UTC"), ids: [] });
  } else {
    groups.set("", { period: selection, ids: meta.map((p) => p.id) });
  }
  // Checks each period (a wrong or too long one is refused here) and finds the one before it.
  const periods = [...groups.values()].map((g) => ({ ...g, before: previousPeriod(g.period.from, g.period.to) }));
  // Kept until a rollup changes, for the same scope, days and partners as read now (their names,
  // malls, thresholds…): a renamed partner or a new threshold is a new key.
  const fingerprint = createHash("sha256").update(JSON.stringify(meta)).digest("base64url");
  return keptFromRollups(
    db,
    {
      actor,
      kind: "dashboard",
      parts: [periods.map((p) => [p.period, p.ids.length]), fingerprint, seesRollUps(actor)],
    },
    () => summarize({ db, actor, meta, periods }),
  );
}

type PartnerMeta = {
  id: string;
  code: string;
  name: string;
  program: "mall_pickup" | "local_delivery";
  active: boolean;
  timeZone: string;
  regionId: string;
  regionName: string;
  thresholds: AlertThresholds;
  mallId: string | null;
  mallName: string | null;
  city: string;
  state: string;
};

/** The dashboard from the partners read and their periods: their sums, figures, alerts and roll-ups. */
async function summarize({
  db,
  actor,
  meta,
  periods,
}: {
  db: DbOrTx;
  actor: Actor;
  meta: PartnerMeta[];
  periods: { period: Period; before: Period; ids: string[] }[];
}) {
  const totals = await Promise.all(
    periods.map(async ({ period, before, ids }) => {
      // Both periods in the same queries, summed by the database (see rollup-totals.ts).
      const [current = [], previous = []] = await partnerTotalsFromRollup({
        db,
        actor,
        periods: [period, before],
        partnerIds: ids,
      });
      return { period, before, ids, current, previous };
    }),
  );
  const periodOf = new Map<string, { period: Period; before: Period }>();
  for (const t of totals) for (const id of t.ids) periodOf.set(id, t);

  const current = totals.flatMap((t) => t.current);
  const previous = totals.flatMap((t) => t.previous);
  const nowTotals = new Map(current.map((t) => [t.partnerId, t]));
  const then = new Map(previous.map((t) => [t.partnerId, t]));
  const empty = figuresOf(emptyCounters());
  const mallNames = new Map(meta.map((p) => [p.mallId, p.mallName]));
  const regionNames = new Map(meta.map((p) => [p.regionId, p.regionName]));

  const partnerRows = meta.map((p) => {
    const figures = nowTotals.has(p.id) ? figuresOf(nowTotals.get(p.id)!.counters) : empty;
    const previousFigures = then.has(p.id) ? figuresOf(then.get(p.id)!.counters) : empty;
    const { period, before } = periodOf.get(p.id)!;
    return {
      ...p,
      /** This partner's own local days. */
      period,
      previousPeriod: before,
      figures,
      previous: previousFigures,
      alerts: alertsFor(p.program, figures, previousFigures, p.thresholds),
    };
  });
  const group = (by: "mall" | "region") => {
    if (!seesRollUps(actor)) return [];
    const prev = new Map(rollUp([...then.values()], by).map((g) => [g.id, g]));
    return rollUp([...nowTotals.values()], by).map((g) => ({
      id: g.id,
      name: (by === "mall" ? mallNames.get(g.id) : regionNames.get(g.id)) ?? "",
      partners: g.partnerIds.length,
      figures: figuresOf(g.counters),
      previous: prev.has(g.id) ? figuresOf(prev.get(g.id)!.counters) : empty,
    }));
  };
  const fallback = totals[0]!;
  return {
    /** The days the figures cover: one period, or the span of the partners' own periods. */
    period: spanOf(
      totals.map((t) => t.period),
      fallback.period,
    ),
    previousPeriod: spanOf(
      totals.map((t) => t.before),
      fallback.before,
    ),
    /** Whether partners' periods differ (a preset while their local days differ). */
    periodsDiffer: totals.length > 1,
    partners: partnerRows,
    malls: group("mall"),
    regions: group("region"),
  };
}

export type Dashboard = Awaited<ReturnType<typeof summarize>>;
