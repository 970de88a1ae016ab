import { Td } from "@/app/_components/ui/table";
import type { Formatter } from "@/lib/format";
import { type FigureColumn, figureTrend } from "@/server/domain/performance/columns";
import type { Figures } from "@/server/domain/performance/definitions";
import type { FigureMove, FigureText } from "./figure-rows";

// Synchronous on purpose: an async component per cell streams as its own chunk, thousands on a leaderboard.
type CellProps = { column: FigureColumn; figures: Figures; previous: Figures; format: Formatter };

/** "▲ better than prev 93.0%" (or "no change · prev …"): the arrow for the eye, the words for screen readers. */
function Previous({ column, figures, previous, format }: CellProps) {
  const before = column.value(previous);
  const trend = figureTrend(column.value(figures), before, column);
  return (
    <>
      {trend === "same" ? (
        "no change · "
      ) : trend ? (
        <span className={trend.better ? "text-emerald-700" : "text-rose-700"}>
          <span aria-hidden="true">{trend.moved === "up" ? "▲" : "▼"} </span>
          <span className="sr-only">{trend.better ? "better than " : "worse than "}</span>
        </span>
      ) : null}
      prev {format.figure(before, column.format)}
    </>
  );
}

/** A figure, the previous period's and how it moved, as text for `FigureRows` (the tables' cells). */
export function figureText(column: FigureColumn, figures: Figures, previous: Figures, format: Formatter): FigureText {
  const now = column.value(figures);
  const before = column.value(previous);
  const trend = figureTrend(now, before, column);
  const move: FigureMove =
    trend === "same" ? "=" : trend ? `${trend.moved === "up" ? "u" : "d"}${trend.better ? "+" : "-"}` : "";
  return [format.figure(now, column.format), format.figure(before, column.format), move];
}

/** A figure with the previous period's beside it and which way it moved (or "no change"). */
export function FigureCell({ column, figures, previous, format }: CellProps) {
  return (
    <Td className="whitespace-nowrap text-right tabular-nums">
      <span className="font-medium">{format.figure(column.value(figures), column.format)}</span>
      <span className="block text-caption text-fg-muted">
        <Previous column={column} figures={figures} previous={previous} format={format} />
      </span>
    </Td>
  );
}

/** The same, as a tile of a figures grid (the manager's home). */
export function FigureTile({ column, figures, previous, format }: CellProps) {
  return (
    <div className="rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200" data-testid="figure-tile">
      <dt className="text-sm text-slate-700">{column.label}</dt>
      <dd className="text-2xl font-semibold tabular-nums text-slate-900">
        {format.figure(column.value(figures), column.format)}
      </dd>
      <dd className="text-xs tabular-nums text-slate-600">
        <Previous column={column} figures={figures} previous={previous} format={format} />
      </dd>
    </div>
  );
}
