import Link from "next/link";
import { SparklineCell } from "@/app/_components/charts/charts";
import { getFormat } from "@/app/_components/request-locale";
import { EmptyState } from "@/app/_components/ui/card";
import { ScrollRegion } from "@/app/_components/ui/scroll-region";
import { SortableHeader } from "@/app/_components/ui/sortable-header";
import type { Program } from "@/lib/enums";
import type { ColumnFormat } from "@/lib/format";
import { programLabels } from "@/lib/labels";
import { programHeadline } from "@/server/domain/performance/columns";
import type { DashboardView } from "../params";
import { columnsFor, type PartnerRow } from "../rows";
import { FigureCell } from "./figure-cell";

/** One program's partners, sortable by any figure, each with its headline's sparkline and a link to its drill-down over its own local days. */
export function PartnerTable({
  rows,
  program,
  view,
  href,
  trends,
}: {
  rows: PartnerRow[];
  program: Program;
  view: DashboardView;
  href: (change: Partial<DashboardView>) => string;
  /** Each partner's headline figure per day of the period. */
  trends: ReadonlyMap<string, (number | null)[]>;
}) {
  if (rows.length === 0) return <EmptyState title="No partners match" />;
  const columns = columnsFor(program);
  const headline = programHeadline(program);
  // Sorting starts again from the first page of every table.
  const sortedBy = (column: DashboardView["sort"]) => ({
    active: view.sort === column,
    dir: view.dir,
    href: (dir: "asc" | "desc") => href({ sort: column, dir, pickupPage: 1, deliveryPage: 1 }),
  });
  return (
    <ScrollRegion label={`Leaderboard: ${programLabels[program]}`}>
      <table className="w-full text-left text-sm" data-testid={`leaderboard-${program}`}>
        <thead className="text-xs text-slate-600">
          <tr>
            <SortableHeader label="Partner" {...sortedBy("name")} className="py-2 pr-3" />
            {columns.map((c) => (
              <SortableHeader key={c.key} label={c.label} {...sortedBy(c.key)} className="py-2 pr-3 text-right" />
            ))}
            <th scope="col" className="py-2 pr-3">
              {headline.label} by day
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} data-testid="leaderboard-row">
              <th scope="row" className="py-2 pr-3 font-normal">
                <Link
                  href={`/performance/${encodeURIComponent(row.code)}?${new URLSearchParams(row.period)}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {row.name}
                </Link>
                <span className="block text-xs text-slate-500">
                  {row.code} · {row.mallName ?? `${row.city}, ${row.state}`}
                  {row.alerts.length ? " · alert" : ""}
                </span>
              </th>
              {columns.map((c) => (
                <FigureCell key={c.key} column={c} figures={row.figures} previous={row.previous} />
              ))}
              <td className="py-2 pr-3">
                <Sparkline values={trends.get(row.id) ?? []} label={headline.label} format={headline.format} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The sparkline, described for screen readers by where the figure started and ended. */
async function Sparkline({
  values,
  label,
  format,
}: {
  values: (number | null)[];
  label: string;
  format: ColumnFormat;
}) {
  const measured = values.filter((v): v is number => v !== null);
  if (measured.length === 0) return <span className="text-xs text-slate-500">No {label.toLowerCase()} measured</span>;
  const f = await getFormat();
  const first = f.figure(measured[0]!, format);
  const last = f.figure(measured.at(-1)!, format);
  return (
    <SparklineCell
      values={values}
      label={`${label} by day: ${measured.length} of ${values.length} days measured, from ${first} to ${last}`}
    />
  );
}
