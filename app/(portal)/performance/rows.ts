import { type FigureColumn, figureColumns } from "@/server/domain/performance/columns";
import type { Dashboard } from "@/server/domain/performance/dashboard";
import type { DashboardView } from "./params";

export type PartnerRow = Dashboard["partners"][number];

/** The partners the view asks for, filtered and sorted. */
export function selectRows(dashboard: Dashboard, view: DashboardView): PartnerRow[] {
  const q = view.q.trim().toLowerCase();
  const column = figureColumns.find((c) => c.key === view.sort);
  const rows = dashboard.partners.filter(
    (p) =>
      (view.program === "all" || p.program === view.program) &&
      (!view.mall || p.mallId === view.mall) &&
      (view.alerts === "0" || p.alerts.length > 0) &&
      (!q || `${p.name} ${p.code} ${p.mallName ?? ""} ${p.city}`.toLowerCase().includes(q)),
  );
  const direction = view.dir === "desc" ? -1 : 1;
  return rows.sort((a, b) => {
    if (!column) return a.name.localeCompare(b.name) * direction;
    const x = figureOf(column, a);
    const y = figureOf(column, b);
    // Partners without the figure (another program, nothing measured) go last either way.
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    return (x - y) * direction || a.name.localeCompare(b.name);
  });
}

export function figureOf(column: FigureColumn, row: PartnerRow): number | null {
  return row.program === column.program ? column.value(row.figures) : null;
}

export function columnsFor(program: DashboardView["program"]) {
  return figureColumns.filter((c) => program === "all" || c.program === program);
}
