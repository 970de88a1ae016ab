import type { ReactNode } from "react";
import { Table, TBody, Td, THead, Th, Tr } from "@/app/_components/ui/table";

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
            <TBody>
              {table.rows.map((r) => (
                <Tr key={r.key} data-testid="chart-table-row">
                  <Th scope="row" className="font-normal">
                    {r.cells[0]}
                  </Th>
                  {table.columns.slice(1).map((column, i) => (
                    <Td key={column} className="text-right tabular-nums">
                      {r.cells[i + 1]}
                    </Td>
                  ))}
                </Tr>
              ))}
            </TBody>
          </Table>
        </details>
      ) : null}
    </figure>
  );
}
