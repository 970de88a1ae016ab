import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type AlertThresholds, malls, partners, regions } from "@/db/schema";
import type { Actor } from "../actor";
import { partnerScope } from "../scope";
import { addDays } from "../time/local-day";
import { emptyCounters, type Figures, figuresOf, fraction, type Rate } from "./definitions";
import { type Period, previousPeriod } from "./period";
import { rollUp } from "./raw";
import { partnerTotalsFromRollup } from "./rollup-totals";

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

/**
 * The region dashboard over a period, from the rollups: every partner the actor may see with
 * its figures and the previous period's, the malls' and regions' roll-ups, and alerts.
 */
export async function performanceDashboard(db: DbOrTx, actor: Actor, period: Period) {
  const before = previousPeriod(period.from, period.to);
  const [meta, [current = [], previous = []]] = await Promise.all([
    db
      .select({
        id: partners.id,
        code: partners.code,
        name: partners.name,
        program: partners.program,
        active: partners.active,
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
      .orderBy(asc(partners.name)),
    // Both periods in the same queries, summed by the database (see rollup-totals.ts).
    partnerTotalsFromRollup(db, actor, [period, before]),
  ]);
  const now = new Map(current.map((t) => [t.partnerId, t]));
  const then = new Map(previous.map((t) => [t.partnerId, t]));
  const empty = figuresOf(emptyCounters());
  const mallNames = new Map(meta.map((p) => [p.mallId, p.mallName]));
  const regionNames = new Map(meta.map((p) => [p.regionId, p.regionName]));

  const partnerRows = meta.map((p) => {
    const figures = now.has(p.id) ? figuresOf(now.get(p.id)!.counters) : empty;
    const previousFigures = then.has(p.id) ? figuresOf(then.get(p.id)!.counters) : empty;
    return {
      ...p,
      figures,
      previous: previousFigures,
      alerts: alertsFor(p.program, figures, previousFigures, p.thresholds),
    };
  });
  const group = (by: "mall" | "region") => {
    const prev = new Map(rollUp([...then.values()], by).map((g) => [g.id, g]));
    return rollUp([...now.values()], by).map((g) => ({
      id: g.id,
      name: (by === "mall" ? mallNames.get(g.id) : regionNames.get(g.id)) ?? "",
      partners: g.partnerIds.length,
      figures: figuresOf(g.counters),
      previous: prev.has(g.id) ? figuresOf(prev.get(g.id)!.counters) : empty,
    }));
  };
  return { period, previousPeriod: before, partners: partnerRows, malls: group("mall"), regions: group("region") };
}

export type Dashboard = Awaited<ReturnType<typeof performanceDashboard>>;

export const periodPresets = ["today", "7", "30", "90", "custom"] as const;
export type PeriodPreset = (typeof periodPresets)[number];

/** The period a preset names, ending on today's local day in the given zone. */
export function resolvePeriod(preset: PeriodPreset, today: string, custom?: Partial<Period>): Period {
  if (preset === "today") return { from: today, to: today };
  if (preset === "custom" && custom?.from && custom.to) return { from: custom.from, to: custom.to };
  const days = preset === "custom" ? 30 : Number(preset);
  return { from: addDays(today, -(days - 1)), to: today };
}
