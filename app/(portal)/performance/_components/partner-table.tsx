import { EmptyState } from "@/app/_components/ui/card";
import { SortableHeader } from "@/app/_components/ui/sortable-header";
import { Table, THead, Th, Tr } from "@/app/_components/ui/table";
import type { Program } from "@/lib/enums";
import type { ColumnFormat, Formatter } from "@/lib/format";
import { programLabels } from "@/lib/labels";
import { programHeadline } from "@/server/domain/performance/columns";
import type { DashboardView } from "../params";
import { columnsFor, type PartnerRow } from "../rows";
import { figureText } from "./figure-cell";
import { type FigureRow, FigureRows } from "./figure-rows";

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
      <FigureRows
        testId="leaderboard-row"
        rows={rows.map((row) => ({
          id: row.id,
          name: row.name,
          href: `/performance/${encodeURIComponent(row.code)}?${new URLSearchParams(row.period)}`,
          note: `${row.code} · ${row.mallName ?? `${row.city}, ${row.state}`}${row.alerts.length ? " · alert" : ""}`,
          figures: columns.map((c) => figureText(c, row.figures, row.previous, format)),
          trend: sparkline(trends.get(row.id) ?? [], headline.label, headline.format, format),
        }))}
      />
    </Table>
  );
}

/** The sparkline, described for screen readers by where the figure started and ended (or that nothing was measured). */
function sparkline(
  values: (number | null)[],
  label: string,
  figure: ColumnFormat,
  format: Formatter,
): FigureRow["trend"] {
  const measured = values.filter((v): v is number => v !== null);
  if (measured.length === 0) return `No ${label.toLowerCase()} measured`;
  const first = format.figure(measured[0]!, figure);
  const last = format.figure(measured.at(-1)!, figure);
  return {
    // Four decimals draw the same line in a 96-pixel sparkline, in a fraction of the text.
    values: values.map((v) => (v === null ? null : Math.round(v * 10_000) / 10_000)),
    label: `${label} by day: ${measured.length} of ${values.length} days measured, from ${first} to ${last}`,
  };
}
