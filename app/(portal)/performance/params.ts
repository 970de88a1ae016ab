import { z } from "zod";
import { type PeriodPreset, periodPresets, resolvePeriod } from "@/server/domain/performance/dashboard";
import { localDayOf } from "@/server/domain/time/local-day";

/** The dashboard's view, all in the URL so a view can be shared. */
const schema = z.object({
  period: z.enum(periodPresets).catch("30"),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  sort: z.string().max(40).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  program: z.enum(["all", "mall_pickup", "local_delivery"]).catch("all"),
  mall: z.uuid().optional().catch(undefined),
  q: z.string().max(80).catch(""),
  alerts: z.enum(["0", "1"]).catch("0"),
  /** For the CSV export: the partners' table (default) or the regions' and malls'. */
  table: z.enum(["partners", "groups"]).optional().catch(undefined),
});

export type DashboardView = z.infer<typeof schema>;

export function parseView(params: Record<string, string | string[] | undefined>): DashboardView {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return schema.parse({ sort: "name", q: "", ...flat });
}

export function periodOf(view: DashboardView, timeZone: string) {
  const today = localDayOf(new Date(), timeZone);
  return resolvePeriod(view.period as PeriodPreset, today, { from: view.from, to: view.to });
}

/** The view's URL with some settings changed. */
export function viewHref(path: string, view: DashboardView, change: Partial<DashboardView>) {
  const next = { ...view, ...change };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) {
    if (value !== undefined && value !== "" && !(key === "alerts" && value === "0")) query.set(key, String(value));
  }
  return `${path}?${query.toString()}`;
}
