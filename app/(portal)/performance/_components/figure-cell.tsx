import { type FigureColumn, formatFigure } from "@/server/domain/performance/columns";
import type { Figures } from "@/server/domain/performance/definitions";

/** A figure with the previous period's beside it and which way it moved. */
export function FigureCell({
  column,
  figures,
  previous,
}: {
  column: FigureColumn;
  figures: Figures;
  previous: Figures;
}) {
  const now = column.value(figures);
  const before = column.value(previous);
  const moved = now !== null && before !== null && now !== before ? (now > before ? "up" : "down") : null;
  const better = moved && (moved === "up") === column.higherIsBetter;
  return (
    <td className="whitespace-nowrap py-2 pr-3 text-right tabular-nums">
      <span className="font-medium">{formatFigure(now, column.format)}</span>
      <span className="block text-xs text-slate-500">
        {moved ? (
          <span className={better ? "text-emerald-700" : "text-rose-700"}>
            <span aria-hidden="true">{moved === "up" ? "▲" : "▼"} </span>
            <span className="sr-only">{better ? "better than " : "worse than "}</span>
          </span>
        ) : null}
        prev {formatFigure(before, column.format)}
      </span>
    </td>
  );
}
