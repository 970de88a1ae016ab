"use client";

import { ChartFigure } from "@/app/_components/charts/chart-figure";
import { TrendChart } from "@/app/_components/charts/charts";
import type { TrendPoint } from "@/app/_components/charts/recharts-charts";
import { useFormat } from "@/app/_components/use-format";
import type { ColumnFormat } from "@/lib/format";

/**
 * One headline figure day by day beside the previous period's same day: the chart and its
 * table, both drawn from the points alone (the page sends each point once, not again as text).
 */
export function TrendFigure({ title, figure, points }: { title: string; figure: ColumnFormat; points: TrendPoint[] }) {
  const format = useFormat();
  return (
    <ChartFigure
      title={title}
      table={{
        columns: ["Day", "This period", "Previous day", "Previous period"],
        rows: points.map((p) => ({
          key: p.day,
          cells: [
            format.day(p.day),
            format.figure(p.value, figure),
            p.previousDay ? format.day(p.previousDay) : "",
            format.figure(p.previous ?? null, figure),
          ],
        })),
      }}
    >
      <TrendChart title={`${title} by day, this period and the previous one`} format={figure} compare points={points} />
    </ChartFigure>
  );
}
