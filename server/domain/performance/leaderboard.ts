import "server-only";
import type { DbOrTx } from "@/db/client";
import { type Program, programs } from "@/lib/enums";
import type { LeaderboardSort } from "@/lib/figures";
import { LEADERBOARD_PAGE_SIZE, type Page, pageOf } from "@/lib/pagination";
import type { Actor } from "../actor";
import { type FigureColumn, figureColumns } from "./columns";
import { type Dashboard, performanceDashboard } from "./dashboard";
import type { LeaderboardQuery } from "./schemas";

export type PartnerRow = Dashboard["partners"][number];

/** The order `localeCompare` gives, from one collator rather than one looked up per comparison. */
const names = new Intl.Collator();

/** Which partners a view shows and in what order. */
export type PartnerSelection = {
  program: "all" | Program;
  mallId?: string | undefined;
  q: string;
  alertsOnly: boolean;
  sort: LeaderboardSort;
  dir: "asc" | "desc";
};

/** A partner's figure in a column, or null when the column is another program's. */
export function figureOf(column: FigureColumn, row: PartnerRow): number | null {
  return row.program === column.program ? column.value(row.figures) : null;
}

/**
 * The partners a view asks for, filtered and sorted: by name, or by a figure with the partners
 * that have none (another program, nothing measured) last either way, ties by name.
 */
export function selectPartners(partners: readonly PartnerRow[], view: PartnerSelection): PartnerRow[] {
  const q = view.q.trim().toLowerCase();
  const column = figureColumns.find((c) => c.key === view.sort);
  const rows = partners.filter(
    (p) =>
      (view.program === "all" || p.program === view.program) &&
      (!view.mallId || p.mallId === view.mallId) &&
      (!view.alertsOnly || p.alerts.length > 0) &&
      (!q || `${p.name} ${p.code} ${p.mallName ?? ""} ${p.city}`.toLowerCase().includes(q)),
  );
  const direction = view.dir === "desc" ? -1 : 1;
  // Ties (and the name column) by name, then code: names can repeat, and pages must not overlap.
  const byName = (a: PartnerRow, b: PartnerRow) => names.compare(a.name, b.name) || names.compare(a.code, b.code);
  return rows.sort((a, b) => {
    if (!column) return byName(a, b) * direction;
    const x = figureOf(column, a);
    const y = figureOf(column, b);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return (x - y) * direction || byName(a, b);
  });
}

/**
 * The programs that get a table: the one asked for, or (all programs) those with at least one
 * partner here — a region with no local-delivery partners shows no empty local-delivery table.
 */
export function programsShown(partners: readonly Pick<PartnerRow, "program">[], program: "all" | Program): Program[] {
  if (program !== "all") return programs.filter((p) => p === program);
  return programs.filter((each) => partners.some((p) => p.program === each));
}

/**
 * The performance page's leaderboard over a period: each program's partners filtered, sorted
 * and cut into pages here, so the page receives one page of rows per table whatever the region's
 * size; beside them the period, the regions' and malls' roll-ups and every partner with an alert.
 */
export async function performanceLeaderboard(
  options: { db: DbOrTx; actor: Actor; now?: Date } & LeaderboardQuery,
): Promise<{
  period: Dashboard["period"];
  previousPeriod: Dashboard["previousPeriod"];
  periodsDiffer: boolean;
  /** Every partner the caller sees, before the view's filters. */
  partnerCount: number;
  /** Every mall the caller sees a partner of, by name (the mall chooser). */
  mallChoices: { id: string; name: string }[];
  /** One page of the malls' roll-ups (ten a page). */
  malls: Page<Dashboard["malls"][number]>;
  regions: Dashboard["regions"];
  /** Every partner with an alert, whatever the view's filters. */
  alerts: PartnerRow[];
  tables: ({ program: Program } & Page<PartnerRow>)[];
}> {
  const { db, actor, now, period, pages, size, mallsPage, ...view } = options;
  const dashboard = await performanceDashboard({ db, actor, period, now });
  // A kept dashboard (one scope's, until a rollup changes) keeps its views too: a reload or a
  // shared address is not filtered and sorted again.
  let views = keptViews.get(dashboard);
  if (!views) {
    views = new Map();
    keptViews.set(dashboard, views);
  }
  const key = JSON.stringify([view, pages, size, mallsPage]);
  let board = views.get(key);
  if (!board) {
    board = leaderboardOf(dashboard, { ...view, pages, size, mallsPage });
    if (views.size >= MAX_VIEWS) views.delete(views.keys().next().value!);
    views.set(key, board);
  }
  return board;
}

type Leaderboard = Awaited<ReturnType<typeof performanceLeaderboard>>;

const MAX_VIEWS = 50;
const keptViews = new WeakMap<Dashboard, Map<string, Leaderboard>>();

function leaderboardOf(
  { partners, ...dashboard }: Dashboard,
  { pages, size, mallsPage, ...view }: Omit<LeaderboardQuery, "period">,
): Leaderboard {
  const tables = programsShown(partners, view.program).map((program) => ({
    program,
    ...pageOf(selectPartners(partners, { ...view, program }), pages[program], size),
  }));
  return {
    period: dashboard.period,
    previousPeriod: dashboard.previousPeriod,
    periodsDiffer: dashboard.periodsDiffer,
    partnerCount: partners.length,
    mallChoices: dashboard.malls.map((m) => ({ id: m.id, name: m.name })).sort((a, b) => names.compare(a.name, b.name)),
    malls: pageOf(dashboard.malls, mallsPage, LEADERBOARD_PAGE_SIZE),
    regions: dashboard.regions,
    alerts: partners.filter((p) => p.alerts.length > 0),
    tables,
  };
}
