import type { ReactNode } from "react";
import { Table, THead, Th, Tr } from "@/app/_components/ui/table";
import { ChartRows } from "./chart-rows";

export type ChartTable = {
  columns: string[];
  /** One row per point of the chart, first cell its label (a day, a band). */
  rows: { key: string; cells: string[] }[];
};

/**
 * A chart with its title and, for whoever cannot see it, the same points as a table that opens
 * on demand. Server-rendered: the table is there before (and without) the chart's script.
 */
export function ChartFigure({
  title,
  table,
  children,
  className = "",
}: {
  title: string;
  table?: ChartTable;
  children: ReactNode;
  className?: string;
}) {
  return (
    <figure className={`min-w-0 ${className}`} data-testid="chart">
      <figcaption className="mb-1 text-body font-medium text-fg">{title}</figcaption>
      {children}
      {table ? (
        <details className="mt-1 text-body">
          <summary className="cursor-pointer text-brand-700">
            Show as a table<span className="sr-only">: {title}</span>
          </summary>
          <Table className="mt-2" data-testid="chart-table">
            <caption className="sr-only">{title}</caption>
            <THead>
              <Tr>
                {table.columns.map((c, i) => (
                  <Th key={c} className={i > 0 ? "text-right" : ""}>
                    {c}
                  </Th>
                ))}
              </Tr>
            </THead>
            <ChartRows rows={table.rows} />
          </Table>
        </details>
      ) : null}
    </figure>
  );
}
