import type { ReactNode } from "react";

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
      <figcaption className="mb-1 text-sm font-medium text-slate-900">{title}</figcaption>
      {children}
      {table ? (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer text-brand-700">
            Show as a table<span className="sr-only">: {title}</span>
          </summary>
          <table className="mt-2 w-full text-left" data-testid="chart-table">
            <caption className="sr-only">{title}</caption>
            <thead className="text-xs text-slate-600">
              <tr>
                {table.columns.map((c, i) => (
                  <th key={c} scope="col" className={`py-1 pr-3 ${i > 0 ? "text-right" : ""}`}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {table.rows.map((r) => (
                <tr key={r.key} data-testid="chart-table-row">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {r.cells[0]}
                  </th>
                  {table.columns.slice(1).map((column, i) => (
                    <td key={column} className="py-1 pr-3 text-right tabular-nums">
                      {r.cells[i + 1]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </figure>
  );
}
