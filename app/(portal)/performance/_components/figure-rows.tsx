"use client";

import { SparklineCell } from "@/app/_components/charts/charts";
import { Link } from "@/app/_components/ui/link";

/**
 * How a figure moved since the previous period: "" not comparable, "=" no change, then up or
 * down ("u"/"d") and better or worse ("+"/"-").
 */
export type FigureMove = "" | "=" | "u+" | "u-" | "d+" | "d-";

/** One cell, already formatted by the server in the person's formatter: the figure, the previous one, the move. */
export type FigureText = [figure: string, previous: string, move: FigureMove];

/** One row of figures: a partner (linked to its drill-down) or a region's or mall's roll-up. */
export type FigureRow = {
  id: string;
  name: string;
  /** The drill-down, when the row is a partner. */
  href?: string;
  /** The smaller line under the name ("CODE · Mall", "Region · 12 partners"). */
  note: string;
  figures: FigureText[];
  /** The headline's sparkline and what it says to screen readers; a string alone when nothing was measured. */
  trend?: { values: (number | null)[]; label: string } | string;
};

/**
 * A table's rows of figures, each beside the previous period's. The server sends the formatted
 * text only (a few short strings a cell) and the markup is drawn here, so the page's payload
 * does not carry every cell's elements a second time.
 */
export function FigureRows({ rows, testId }: { rows: FigureRow[]; testId?: string }) {
  return (
    <tbody className={cellLook}>
      {rows.map((row) => (
        <tr key={row.id} className="align-top" data-testid={testId}>
          <th scope="row" className={row.href ? "px-3 py-2 font-normal" : "px-3 py-2 font-medium"}>
            {row.href ? (
              <Link href={row.href} className="font-medium text-brand-700 hover:underline">
                {row.name}
              </Link>
            ) : (
              row.name
            )}
            <span className="block text-caption font-normal text-fg-muted">{row.note}</span>
          </th>
          {row.figures.map((cell, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are its table's columns, in order.
            <FigureCell key={i} cell={cell} />
          ))}
          {row.trend === undefined ? null : (
            <td style={{ textAlign: "left" }}>
              {typeof row.trend === "string" ? (
                <small>{row.trend}</small>
              ) : (
                <SparklineCell values={row.trend.values} label={row.trend.label} />
              )}
            </td>
          )}
        </tr>
      ))}
    </tbody>
  );
}

/** "93.0%" over "▲ better than prev 92.1%" (or "no change · prev …"): the arrow for the eye, the words for screen readers. */
function FigureCell({ cell: [figure, previous, move] }: { cell: FigureText }) {
  const better = move[1] === "+";
  return (
    <td>
      <span>{figure}</span>
      <small>
        {move === "=" ? (
          "no change · "
        ) : move ? (
          <>
            <span aria-hidden="true" className={better ? "text-emerald-700" : "text-rose-700"}>
              {move[0] === "u" ? "▲ " : "▼ "}
            </span>
            <span className="sr-only">{better ? "better than " : "worse than "}</span>
          </>
        ) : null}
        {`prev ${previous}`}
      </small>
    </td>
  );
}

/**
 * The cells' look, set once on the body rather than on each of a page's hundreds of cells: a
 * figure (medium weight) over its previous period's line (small, muted).
 */
const cellLook =
  "divide-y divide-border [&_td]:whitespace-nowrap [&_td]:px-3 [&_td]:py-2 [&_td]:text-right [&_td]:tabular-nums [&_td>span:first-child]:font-medium [&_small]:block [&_small]:text-caption [&_small]:text-fg-muted";
