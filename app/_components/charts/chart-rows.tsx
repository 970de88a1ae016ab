"use client";

import type { ChartTable } from "./chart-figure";

/**
 * A chart's points as table rows, first cell the row's header (a day, a band). Drawn here from
 * the cells' text alone, so the page's payload carries a few strings a row rather than every
 * row's elements a second time; the cells' look is set once on the body.
 */
export function ChartRows({ rows }: { rows: ChartTable["rows"] }) {
  return (
    <tbody className="divide-y divide-border [&_td]:px-3 [&_td]:py-2 [&_td]:text-right [&_td]:tabular-nums [&_th]:px-3 [&_th]:py-2 [&_th]:font-normal">
      {rows.map(({ key, cells: [head, ...cells] }) => (
        <tr key={key} className="align-top" data-testid="chart-table-row">
          <th scope="row">{head}</th>
          {cells.map((cell, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are the table's columns.
            <td key={j}>{cell}</td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}
