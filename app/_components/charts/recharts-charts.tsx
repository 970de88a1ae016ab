"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { ColumnFormat, Formatter } from "@/lib/format";
import { useFormat } from "../use-format";

/**
 * The charts themselves, on Recharts. Only `charts.tsx` imports this module, with
 * `React.lazy`: Recharts is fetched by the pages that draw a chart, never by the others.
 */

export type TrendPoint = { day: string; value: number | null; previousDay?: string; previous?: number | null };

export type TrendChartProps = {
  title: string;
  format: ColumnFormat;
  points: TrendPoint[];
  /** Draws the previous period's line beside this one's. */
  compare?: boolean;
  /** An alert threshold, drawn as a dashed line across the chart. */
  threshold?: number | null;
  height: number;
};

const brand = "#0f7a5c";
const previousColour = "#64748b";
const thresholdColour = "#b91c1c";
const axisTick = { fontSize: 12, fill: "#475569" };

/** Axis labels: whole percentages, plain counts, dollars. */
function axisLabel(value: number, format: ColumnFormat, f: Formatter) {
  if (format === "percent") return f.percent(value, 0);
  if (format === "cents") return f.dollars(value);
  if (format === "minutes") return f.count(Math.round(value));
  return f.decimal(Math.round(value * 10) / 10, Number.isInteger(Math.round(value * 10) / 10) ? 0 : 1);
}

const asNumber = (value: unknown) => (typeof value === "number" ? value : null);

/** A figure day by day: axes, values on hover, optionally the previous period and a threshold. */
export function TrendChart({ title, format, points, compare = false, threshold = null, height }: TrendChartProps) {
  const f = useFormat();
  return (
    <LineChart
      data={points}
      responsive
      style={{ width: "100%", height }}
      margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
      title={title}
    >
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="day" tickFormatter={f.dayShort} tick={axisTick} minTickGap={12} />
      <YAxis
        tickFormatter={(v: number) => axisLabel(v, format, f)}
        domain={format === "percent" ? [0, 1] : [0, "auto"]}
        allowDecimals={format !== "count" && format !== "cents"}
        tick={axisTick}
        width={52}
      />
      <Tooltip
        labelFormatter={(label, payload) => {
          const previousDay = payload[0]?.payload?.previousDay as string | undefined;
          const day = f.day(String(label));
          return compare && previousDay ? `${day} (previous: ${f.day(previousDay)})` : day;
        }}
        formatter={(value, name) => [f.figure(asNumber(value), format), name]}
      />
      {compare ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
      {threshold !== null ? (
        <ReferenceLine
          y={threshold}
          stroke={thresholdColour}
          strokeDasharray="6 4"
          ifOverflow="extendDomain"
          label={{
            value: `Threshold ${f.figure(threshold, format)}`,
            position: "insideBottomRight",
            fill: thresholdColour,
            fontSize: 12,
          }}
        />
      ) : null}
      {compare ? (
        <Line
          dataKey="previous"
          name="Previous period"
          stroke={previousColour}
          strokeDasharray="5 3"
          dot={{ r: 2 }}
          isAnimationActive={false}
        />
      ) : null}
      <Line
        dataKey="value"
        name="This period"
        stroke={brand}
        strokeWidth={2}
        dot={{ r: 3 }}
        isAnimationActive={false}
      />
    </LineChart>
  );
}

export type BarPoint = { label: string; value: number };

export type BarChartProps = {
  title: string;
  format: ColumnFormat;
  points: BarPoint[];
  /** Labels are local days (shown "Nov 24"), or names shown as they are. */
  labels: "days" | "names";
  /** Writes each bar's value above it (a few bars); else values show on hover only. */
  valueLabels?: boolean;
  height: number;
};

/** Counts per bucket or per day, each bar labelled with its value. */
export function LabelledBarChart({ title, format, points, labels, valueLabels = false, height }: BarChartProps) {
  const f = useFormat();
  const tickFormatter = labels === "days" ? f.dayShort : undefined;
  return (
    <BarChart
      data={points}
      responsive
      style={{ width: "100%", height }}
      margin={{ top: valueLabels ? 20 : 8, right: 12, bottom: 0, left: 0 }}
      title={title}
    >
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="label" tickFormatter={tickFormatter} tick={axisTick} minTickGap={8} />
      <YAxis tickFormatter={(v: number) => axisLabel(v, format, f)} allowDecimals={false} tick={axisTick} width={52} />
      <Tooltip
        labelFormatter={(label) => (labels === "days" ? f.day(String(label)) : String(label))}
        formatter={(value) => [f.figure(asNumber(value), format), title]}
        cursor={{ fill: "#f1f5f9" }}
      />
      <Bar dataKey="value" name={title} fill={brand} isAnimationActive={false}>
        {valueLabels ? (
          <LabelList
            dataKey="value"
            position="top"
            fontSize={12}
            fill="#334155"
            formatter={(v: unknown) => f.figure(asNumber(v), format)}
          />
        ) : null}
      </Bar>
    </BarChart>
  );
}

/** A tiny line of a figure by day, without axes: the leaderboard's sparkline. */
export function Sparkline({ values, width, height }: { values: (number | null)[]; width: number; height: number }) {
  const data = values.map((value, i) => ({ i, value }));
  return (
    <LineChart
      data={data}
      width={width}
      height={height}
      margin={{ top: 2, right: 2, bottom: 2, left: 2 }}
      accessibilityLayer={false}
    >
      <YAxis hide domain={[0, 1]} />
      <Line dataKey="value" stroke={brand} strokeWidth={1.5} dot={false} connectNulls isAnimationActive={false} />
    </LineChart>
  );
}
