import "server-only";
import type { Program } from "@/db/schema";
import type { FigureKey } from "@/lib/figures";
import { type ColumnFormat, defaultLocale, formatterFor } from "@/lib/format";
import { type Figures, fraction, type Rate } from "./definitions";

export type { ColumnFormat } from "@/lib/format";

// Rounding is the same in every locale, so one locale's text tells whether two values read the same.
const readAs = formatterFor(defaultLocale).figure;

/** One figure as the dashboard and its CSV show it. */
export type FigureColumn = {
  key: FigureKey;
  label: string;
  program: Program;
  format: ColumnFormat;
  /** Whether a higher value is better (for trend arrows and alert direction). */
  higherIsBetter: boolean;
  value: (f: Figures) => number | null;
};

const rate = (r: Rate) => fraction(r);

export const figureColumns: FigureColumn[] = [
  {
    key: "readyOnTime",
    label: "Ready on time",
    program: "mall_pickup",
    format: "percent",
    higherIsBetter: true,
    value: (f) => rate(f.mall.readyOnTime),
  },
  {
    key: "missedStore",
    label: "Missed: store not ready",
    program: "mall_pickup",
    format: "percent",
    higherIsBetter: false,
    value: (f) => rate(f.mall.missedStoreNotReady),
  },
  {
    key: "missedDriver",
    label: "Missed: driver late or no-show",
    program: "mall_pickup",
    format: "percent",
    higherIsBetter: false,
    value: (f) => rate(f.mall.missedDriver),
  },
  {
    key: "prepMinutes",
    label: "Median prep",
    program: "mall_pickup",
    format: "minutes",
    higherIsBetter: false,
    value: (f) => f.mall.medianPrepMinutes,
  },
  {
    key: "driverWait",
    label: "Median driver wait",
    program: "mall_pickup",
    format: "minutes",
    higherIsBetter: false,
    value: (f) => f.mall.medianDriverWaitMinutes,
  },
  {
    key: "handoffDiscrepancies",
    label: "Handoff discrepancies",
    program: "mall_pickup",
    format: "count",
    higherIsBetter: false,
    value: (f) => f.mall.handoffDiscrepancies,
  },
  {
    key: "completion",
    label: "Delivery completion",
    program: "local_delivery",
    format: "percent",
    higherIsBetter: true,
    value: (f) => rate(f.rural.deliveryCompletion),
  },
  {
    key: "sameDay",
    label: "Same day",
    program: "local_delivery",
    format: "percent",
    higherIsBetter: true,
    value: (f) => rate(f.rural.sameDay),
  },
  {
    key: "onTime",
    label: "On time",
    program: "local_delivery",
    format: "percent",
    higherIsBetter: true,
    value: (f) => rate(f.rural.onTime),
  },
  {
    key: "firstAttempt",
    label: "First attempt",
    program: "local_delivery",
    format: "percent",
    higherIsBetter: true,
    value: (f) => rate(f.rural.firstAttemptSuccess),
  },
  {
    key: "proof",
    label: "Proof of delivery",
    program: "local_delivery",
    format: "percent",
    higherIsBetter: true,
    value: (f) => rate(f.rural.proofOfDelivery),
  },
  {
    key: "dropMissing",
    label: "Drop missing",
    program: "local_delivery",
    format: "percent",
    higherIsBetter: false,
    value: (f) => rate(f.rural.dropMissing),
  },
  {
    key: "parcelsPerDay",
    label: "Parcels per day",
    program: "local_delivery",
    format: "number",
    higherIsBetter: true,
    value: (f) => rate(f.rural.parcelsPerDay),
  },
  {
    key: "daysServiced",
    label: "Days serviced",
    program: "local_delivery",
    format: "percent",
    higherIsBetter: true,
    value: (f) => rate(f.rural.daysServiced),
  },
  {
    key: "outOfRadius",
    label: "Out-of-radius flags",
    program: "local_delivery",
    format: "count",
    higherIsBetter: false,
    value: (f) => f.rural.outOfRadiusFlags,
  },
  {
    key: "earnings",
    label: "Earnings",
    program: "local_delivery",
    format: "cents",
    higherIsBetter: true,
    value: (f) => f.rural.earningsCents,
  },
];

/**
 * The region's headline figures, in the order the manager reads them: ready on time, missed by
 * cause, delivery completion, same day, proof of delivery (the home's and the charts' figures).
 */
export const headlineColumns: FigureColumn[] = [
  "readyOnTime",
  "missedStore",
  "missedDriver",
  "completion",
  "sameDay",
  "proof",
].map((key) => figureColumns.find((c) => c.key === key)!);

/** A program's own headline figure: the one its sparkline and trend show first. */
export function programHeadline(program: Program): FigureColumn {
  return figureColumns.find((c) => c.program === program)!;
}

export type FigureTrend = { moved: "up" | "down"; better: boolean } | "same" | null;

/**
 * Which way a figure moved since the previous period, judged on what people read: two values
 * that show the same (91.6% and 91.6%) did not move, whatever their unrounded digits.
 */
export function figureTrend(
  now: number | null,
  before: number | null,
  column: Pick<FigureColumn, "format" | "higherIsBetter">,
): FigureTrend {
  if (now === null || before === null || Number.isNaN(now) || Number.isNaN(before)) return null;
  if (readAs(now, column.format) === readAs(before, column.format)) return "same";
  const moved = now > before ? "up" : "down";
  return { moved, better: (moved === "up") === column.higherIsBetter };
}
