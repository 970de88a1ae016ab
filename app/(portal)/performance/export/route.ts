import { TRPCError } from "@trpc/server";
import { csvResponse } from "@/lib/csv";
import { serverCaller } from "@/server/trpc/server";
import { parseView, periodOf } from "../params";
import { columnsFor, figureOf, selectRows } from "../rows";

/** The dashboard's partners, as the view filters and sorts them, in CSV with the previous period. */
export async function GET(request: Request) {
  const view = parseView(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const chosen = periodOf(view);
    if (chosen.error) {
      return new Response(`${chosen.error.message}\n`, { status: 400, headers: { "content-type": "text/plain" } });
    }
    const caller = await serverCaller();
    // Each partner in its own local days: a preset ends on each partner's own today.
    const dashboard = await caller.performance.dashboard(chosen.selection);
    if (dashboard.partners.length === 0) return new Response("No partners.", { status: 404 });
    const { period } = dashboard;
    const columns = columnsFor(view.program);
    if (view.table === "groups") {
      const groups = [
        ...dashboard.regions.map((g) => ({ ...g, kind: "region" })),
        ...dashboard.malls.map((g) => ({ ...g, kind: "mall" })),
      ];
      const rows = [
        ["kind", "name", "partners", ...columns.flatMap((c) => [c.key, `${c.key}_previous`])],
        ...groups.map((g) => [
          g.kind,
          g.name,
          String(g.partners),
          ...columns.flatMap((c) => [raw(c.value(g.figures)), raw(c.value(g.previous))]),
        ]),
      ];
      return csvResponse(rows, `region-and-mall-performance-${period.from}-to-${period.to}.csv`);
    }
    const header = [
      "code",
      "partner",
      "program",
      "region",
      "mall_or_town",
      ...columns.flatMap((c) => [c.key, `${c.key}_previous`]),
      "alerts",
      "period_from",
      "period_to",
    ];
    const lines = selectRows(dashboard, view).map((row) => [
      row.code,
      row.name,
      row.program,
      row.regionName,
      row.mallName ?? `${row.city}, ${row.state}`,
      ...columns.flatMap((c) => [raw(figureOf(c, row)), raw(row.program === c.program ? c.value(row.previous) : null)]),
      row.alerts.map((a) => a.figure).join("; "),
      row.period.from,
      row.period.to,
    ]);
    return csvResponse([header, ...lines], `partner-performance-${period.from}-to-${period.to}.csv`);
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "FORBIDDEN" || error.code === "UNAUTHORIZED")) {
      return new Response("Not available to your role.", { status: 403 });
    }
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") {
      return new Response(`${error.message}\n`, { status: 400, headers: { "content-type": "text/plain" } });
    }
    throw error;
  }
}

/** Rates as fractions (0.953), counts and cents as numbers; nothing measured stays empty. */
function raw(value: number | null): string {
  return value === null || Number.isNaN(value) ? "" : String(Math.round(value * 10_000) / 10_000);
}
