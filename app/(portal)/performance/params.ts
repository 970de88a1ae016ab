import { z } from "zod";
import { leaderboardSortKeys } from "@/lib/figures";
import { LEADERBOARD_PAGE_SIZE, pageParamSchema, sizeParamWith } from "@/lib/pagination";
import { periodPresets } from "@/lib/period";
import { periodRangeError } from "@/lib/period-range";
import type { PeriodSelection } from "@/server/domain/performance/dashboard";
import type { LeaderboardInput } from "@/server/domain/performance/schemas";

/**
 * The dashboard's view, all in the URL so a view can be shared and survives a reload. Anything
 * typed there that is not a choice falls back to the default, so no address fails the page.
 */
const schema = z.object({
  period: z.enum(periodPresets).catch("30"),
  // Kept as typed, so a wrong date is shown back at its field with the reason (periodOf).
  from: z.string().max(20).optional().catch(undefined),
  to: z.string().max(20).optional().catch(undefined),
  sort: z.enum(leaderboardSortKeys).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  program: z.enum(["all", "mall_pickup", "local_delivery"]).catch("all"),
  mall: z.uuid().optional().catch(undefined),
  q: z.string().max(80).catch(""),
  alerts: z.enum(["0", "1"]).catch("0"),
  /** Rows per page, and each program's table's own page. */
  size: sizeParamWith(LEADERBOARD_PAGE_SIZE),
  pickupPage: pageParamSchema,
  deliveryPage: pageParamSchema,
  /** The page of the malls' roll-ups. */
  mallsPage: pageParamSchema,
  /** For the CSV export: the partners' table (default) or the regions' and malls'. */
  table: z.enum(["partners", "groups"]).optional().catch(undefined),
});

export type DashboardView = z.infer<typeof schema>;

export function parseView(params: Record<string, string | string[] | undefined>): DashboardView {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return schema.parse({ sort: "name", q: "", ...flat });
}

/** Each program's page parameter. */
export const pageParams = { mall_pickup: "pickupPage", local_delivery: "deliveryPage" } as const;

/** What the view asks the leaderboard for. */
export function leaderboardInput(view: DashboardView, period: PeriodSelection): LeaderboardInput {
  return {
    period,
    program: view.program,
    mallId: view.mall,
    q: view.q,
    alertsOnly: view.alerts === "1",
    sort: view.sort,
    dir: view.dir,
    size: view.size,
    pages: { mall_pickup: view.pickupPage, local_delivery: view.deliveryPage },
    mallsPage: view.mallsPage,
  };
}

/**
 * The period the view asks for: a preset each partner reads in its own local days, or a custom
 * range, checked as the server checks it (a wrong one comes back with the field and the reason).
 */
export function periodOf(
  view: DashboardView,
): { selection: PeriodSelection; error?: undefined } | { error: { field: "from" | "to"; message: string } } {
  if (view.period !== "custom") return { selection: { preset: view.period } };
  if (!view.from && !view.to) return { selection: { preset: "30" } };
  const error = periodRangeError(view.from ?? "", view.to ?? "");
  return error ? { error } : { selection: { from: view.from!, to: view.to! } };
}

/** The view's URL with some settings changed. */
export function viewHref(path: string, view: DashboardView, change: Partial<DashboardView>) {
  const next = { ...view, ...change };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined || value === "" || isDefault(key, value)) continue;
    query.set(key, String(value));
  }
  return `${path}?${query.toString()}`;
}

/** Settings left out of addresses when they are the default, so addresses stay short. */
function isDefault(key: string, value: unknown) {
  if (key === "alerts") return value === "0";
  if (key === "size") return value === LEADERBOARD_PAGE_SIZE;
  return (key === pageParams.mall_pickup || key === pageParams.local_delivery || key === "mallsPage") && value === 1;
}
