import type { Program } from "@/db/schema";
import { type Figures, fraction, type Rate } from "./definitions";

export type ColumnFormat = "percent" | "minutes" | "count" | "cents" | "number";

/** One figure as the dashboard and its CSV show it. */
export type FigureColumn = {
  key: string;
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

export function formatFigure(value: number | null, format: ColumnFormat): string {
  if (value === null || Number.isNaN(value)) return "–";
  switch (format) {
    case "percent":
      return `${(value * 100).toFixed(1)}%`;
    case "minutes":
      return `${Math.round(value)} min`;
    case "count":
      return String(value);
    case "number":
      return value.toFixed(1);
    case "cents":
      return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(value / 100);
  }
}
