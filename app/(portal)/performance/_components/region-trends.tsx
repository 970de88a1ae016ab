import type { Program } from "@/lib/enums";
import { headlineColumns } from "@/server/domain/performance/columns";
import type { RegionDailySeries } from "@/server/domain/performance/daily";
import { TrendFigure } from "./trend-figure";

/**
 * The region's headline figures day by day, each beside the previous period's same day: one
 * chart per figure of the programs shown, each with its points as a table.
 */
export function RegionTrends({ series, programs }: { series: RegionDailySeries; programs: readonly Program[] }) {
  const columns = headlineColumns.filter((c) => programs.includes(c.program));
  return (
    <div className="grid gap-6 md:grid-cols-2 2xl:grid-cols-3" data-testid="region-trends">
      {columns.map((c) => (
        <TrendFigure
          key={c.key}
          title={c.label}
          figure={c.format}
          points={series.days.map((d) => ({
            day: d.day,
            value: d.figures[c.key] ?? null,
            previousDay: d.previousDay,
            previous: d.previous[c.key] ?? null,
          }))}
        />
      ))}
    </div>
  );
}
