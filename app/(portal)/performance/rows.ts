import { figureColumns } from "@/server/domain/performance/columns";
import type { Dashboard } from "@/server/domain/performance/dashboard";
import { type PartnerRow, selectPartners } from "@/server/domain/performance/leaderboard";
import type { DashboardView } from "./params";

export { figureOf, type PartnerRow, programsShown } from "@/server/domain/performance/leaderboard";

/** Every partner the view asks for, filtered and sorted as the leaderboard sorts them (the CSV's rows). */
export function selectRows(dashboard: Dashboard, view: DashboardView): PartnerRow[] {
  return selectPartners(dashboard.partners, {
    program: view.program,
    mallId: view.mall,
    q: view.q,
    alertsOnly: view.alerts === "1",
    sort: view.sort,
    dir: view.dir,
  });
}

export function columnsFor(program: DashboardView["program"]) {
  return figureColumns.filter((c) => program === "all" || c.program === program);
}
