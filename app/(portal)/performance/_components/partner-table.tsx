import Link from "next/link";
import { SparklineCell } from "@/app/_components/charts/charts";
import { EmptyState } from "@/app/_components/ui/card";
import { SortableHeader } from "@/app/_components/ui/sortable-header";
import { Table, TBody, Td, THead, Th, Tr } from "@/app/_components/ui/table";
import type { Program } from "@/lib/enums";
import type { ColumnFormat, Formatter } from "@/lib/format";
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
  format,
}: {
  rows: PartnerRow[];
  program: Program;
  view: DashboardView;
  href: (change: Partial<DashboardView>) => string;
  /** Each partner's headline figure per day of the period. */
  trends: ReadonlyMap<string, (number | null)[]>;
  format: Formatter;
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
    <Table label={`Leaderboard: ${programLabels[program]}`} data-testid={`leaderboard-${program}`}>
      <THead>
        <Tr>
          <SortableHeader label="Partner" {...sortedBy("name")} />
          {columns.map((c) => (
            <SortableHeader key={c.key} label={c.label} {...sortedBy(c.key)} className="text-right" />
          ))}
          <Th>{headline.label} by day</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.id} data-testid="leaderboard-row">
            <Th scope="row" className="font-normal">
              <Link
                href={`/performance/${encodeURIComponent(row.code)}?${new URLSearchParams(row.period)}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {row.name}
              </Link>
              <span className="block text-caption text-fg-muted">
                {row.code} · {row.mallName ?? `${row.city}, ${row.state}`}
                {row.alerts.length ? " · alert" : ""}
              </span>
            </Th>
            {columns.map((c) => (
              <FigureCell key={c.key} column={c} figures={row.figures} previous={row.previous} format={format} />
            ))}
            <Td>
              <Sparkline
                values={trends.get(row.id) ?? []}
                label={headline.label}
                figure={headline.format}
                format={format}
              />
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

/** The sparkline, described for screen readers by where the figure started and ended. */
function Sparkline({
  values,
  label,
  figure,
  format,
}: {
  values: (number | null)[];
  label: string;
  figure: ColumnFormat;
  format: Formatter;
}) {
  const measured = values.filter((v): v is number => v !== null);
  if (measured.length === 0)
    return <span className="text-caption text-fg-muted">No {label.toLowerCase()} measured</span>;
  const first = format.figure(measured[0]!, figure);
  const last = format.figure(measured.at(-1)!, figure);
  return (
    <SparklineCell
      values={values}
      label={`${label} by day: ${measured.length} of ${values.length} days measured, from ${first} to ${last}`}
    />
  );
}
