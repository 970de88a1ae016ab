import { ChartFigure } from "@/app/_components/charts/chart-figure";
import { TrendChart } from "@/app/_components/charts/charts";
import { getFormat } from "@/app/_components/request-locale";
import type { Program } from "@/lib/enums";
import { headlineColumns } from "@/server/domain/performance/columns";
import type { RegionDailySeries } from "@/server/domain/performance/daily";

/**
 * The region's headline figures day by day, each beside the previous period's same day: one
 * chart per figure of the programs shown, each with its points as a table.
 */
export async function RegionTrends({ series, programs }: { series: RegionDailySeries; programs: readonly Program[] }) {
  const format = await getFormat();
  const columns = headlineColumns.filter((c) => programs.includes(c.program));
  return (
    <div className="grid gap-6 md:grid-cols-2 2xl:grid-cols-3" data-testid="region-trends">
      {columns.map((c) => (
        <ChartFigure
          key={c.key}
          title={c.label}
          table={{
            columns: ["Day", "This period", "Previous day", "Previous period"],
            rows: series.days.map((d) => ({
              key: d.day,
              cells: [
                format.day(d.day),
                format.figure(d.figures[c.key] ?? null, c.format),
                format.day(d.previousDay),
                format.figure(d.previous[c.key] ?? null, c.format),
              ],
            })),
          }}
        >
          <TrendChart
            title={`${c.label} by day, this period and the previous one`}
            format={c.format}
            compare
            points={series.days.map((d) => ({
              day: d.day,
              value: drawn(d.figures[c.key]),
              previousDay: d.previousDay,
              previous: drawn(d.previous[c.key]),
            }))}
          />
        </ChartFigure>
      ))}
    </div>
  );
}

/** Four decimals draw the same line (a chart is a few hundred pixels high) in a fraction of the page's text. */
function drawn(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(value * 10_000) / 10_000;
}
