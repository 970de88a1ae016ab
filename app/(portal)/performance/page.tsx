import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClass } from "@/app/_components/ui/button";
import { Card, EmptyState, PageHeader } from "@/app/_components/ui/card";
import { PillNav } from "@/app/_components/ui/pill-nav";
import type { Program } from "@/db/schema";
import { figureColumns, formatFigure } from "@/server/domain/performance/columns";
import { serverCaller } from "@/server/trpc/server";
import { currentUser } from "../_components/current-user";
import { FigureCell } from "./_components/figure-cell";
import { ThresholdsForm } from "./_components/thresholds-form";
import { type DashboardView, parseView, periodOf, viewHref } from "./params";
import { columnsFor, type PartnerRow, selectRows } from "./rows";

export const metadata: Metadata = { title: "Performance" };

const presets = [
  { value: "today", label: "Today" },
  { value: "7", label: "7 days" },
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
] as const;

const programNames: Record<Program, string> = { mall_pickup: "Mall pickup", local_delivery: "Local delivery" };

export default async function PerformancePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await currentUser();
  if (me?.role !== "regional_manager" && me?.role !== "admin") notFound();
  const view = parseView(await searchParams);
  const caller = await serverCaller();
  const [first] = await caller.partners.list();
  if (!first) return <EmptyState title="No partners in your regions yet" />;
  const period = periodOf(view, first.timeZone);
  const [dashboard, thresholds] = await Promise.all([
    caller.performance.dashboard(period),
    caller.performance.thresholds(),
  ]);
  const rows = selectRows(dashboard, view);
  const href = (change: Partial<DashboardView>) => viewHref("/performance", view, change);
  const alerts = dashboard.partners.filter((p) => p.alerts.length > 0);

  return (
    <>
      <PageHeader
        title="Partner performance"
        subtitle={`${period.from} to ${period.to}, each partner in its own local days · previous period ${dashboard.previousPeriod.from} to ${dashboard.previousPeriod.to}`}
      />
      <PillNav
        label="Period"
        items={presets.map((p) => ({
          href: href({ period: p.value, from: undefined, to: undefined }),
          label: p.label,
          current: view.period === p.value,
        }))}
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-xl bg-white p-3 ring-1 ring-slate-200">
        <input type="hidden" name="sort" value={view.sort} />
        <input type="hidden" name="dir" value={view.dir} />
        <input type="hidden" name="period" value="custom" />
        <label className="text-sm">
          From
          <input
            type="date"
            name="from"
            defaultValue={period.from}
            className="mt-1 block min-h-11 rounded-lg border border-slate-300 px-2"
          />
        </label>
        <label className="text-sm">
          To
          <input
            type="date"
            name="to"
            defaultValue={period.to}
            className="mt-1 block min-h-11 rounded-lg border border-slate-300 px-2"
          />
        </label>
        <label className="text-sm">
          Program
          <select
            name="program"
            defaultValue={view.program}
            className="mt-1 block min-h-11 rounded-lg border border-slate-300 bg-white px-2"
          >
            <option value="all">All programs</option>
            <option value="mall_pickup">Mall pickup</option>
            <option value="local_delivery">Local delivery</option>
          </select>
        </label>
        <label className="text-sm">
          Mall
          <select
            name="mall"
            defaultValue={view.mall ?? ""}
            className="mt-1 block min-h-11 rounded-lg border border-slate-300 bg-white px-2"
          >
            <option value="">All malls</option>
            {dashboard.malls.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Search partners
          <input
            type="search"
            name="q"
            defaultValue={view.q}
            className="mt-1 block min-h-11 rounded-lg border border-slate-300 px-2"
          />
        </label>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" name="alerts" value="1" defaultChecked={view.alerts === "1"} className="size-5" />
          Alerts only
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          Apply
        </button>
        <a href={viewHref("/performance/export", view, {})} className={buttonClass("primary", "ml-auto")} download>
          Download CSV
        </a>
      </form>

      <Card title={`Alerts (${alerts.length})`} className="mb-4">
        {alerts.length === 0 ? (
          <p className="text-sm text-slate-600">Every partner is above its region's thresholds.</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {alerts.map((p) => (
              <li key={p.id} className="flex flex-wrap gap-x-3 py-1.5">
                <Link
                  href={`/performance/${encodeURIComponent(p.code)}?${new URLSearchParams({ from: period.from, to: period.to })}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {p.name}
                </Link>
                {p.alerts.map((a) => (
                  <span key={a.figure} className="text-rose-800">
                    {a.figure} {formatFigure(a.value, "percent")} (threshold {formatFigure(a.threshold, "percent")},
                    previous {formatFigure(a.previous, "percent")})
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <details className="mb-4 rounded-xl bg-white p-4 ring-1 ring-slate-200">
        <summary className="cursor-pointer font-semibold">Alert thresholds</summary>
        <div className="mt-3 space-y-4">
          {thresholds.map((r) => (
            <ThresholdsForm key={r.id} regionId={r.id} regionName={r.name} thresholds={r.thresholds} />
          ))}
        </div>
      </details>

      <Card title="Regions and malls" className="mb-4">
        <p className="mb-2 text-sm">
          <a
            href={viewHref("/performance/export", view, { table: "groups" })}
            className="font-medium text-brand-700 hover:underline"
            download
          >
            Download this table as CSV
          </a>
        </p>
        <GroupTable
          groups={[
            ...dashboard.regions.map((g) => ({ ...g, kind: "Region" })),
            ...dashboard.malls.map((g) => ({ ...g, kind: "Mall" })),
          ]}
        />
      </Card>

      {(["mall_pickup", "local_delivery"] as const)
        .filter((program) => view.program === "all" || view.program === program)
        .map((program) => (
          <Card key={program} title={`${programNames[program]} partners`} className="mb-4">
            <PartnerTable
              rows={rows.filter((r) => r.program === program)}
              program={program}
              view={view}
              href={href}
              period={period}
            />
          </Card>
        ))}
    </>
  );
}

function PartnerTable({
  rows,
  program,
  view,
  href,
  period,
}: {
  rows: PartnerRow[];
  program: Program;
  view: DashboardView;
  href: (change: Partial<DashboardView>) => string;
  period: { from: string; to: string };
}) {
  if (rows.length === 0) return <EmptyState title="No partners match" />;
  const columns = columnsFor(program);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid={`leaderboard-${program}`}>
        <thead className="text-xs text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3">
              <SortLink label="Partner" column="name" view={view} href={href} />
            </th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="py-2 pr-3 text-right">
                <SortLink label={c.label} column={c.key} view={view} href={href} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} data-testid="leaderboard-row">
              <th scope="row" className="py-2 pr-3 font-normal">
                <Link
                  href={`/performance/${encodeURIComponent(row.code)}?${new URLSearchParams({ from: period.from, to: period.to })}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {row.name}
                </Link>
                <span className="block text-xs text-slate-500">
                  {row.code} · {row.mallName ?? `${row.city}, ${row.state}`}
                  {row.alerts.length ? " · alert" : ""}
                </span>
              </th>
              {columns.map((c) => (
                <FigureCell key={c.key} column={c} figures={row.figures} previous={row.previous} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SortLink({
  label,
  column,
  view,
  href,
}: {
  label: string;
  column: string;
  view: DashboardView;
  href: (change: Partial<DashboardView>) => string;
}) {
  const active = view.sort === column;
  const dir = active && view.dir === "asc" ? "desc" : "asc";
  return (
    <Link
      href={href({ sort: column, dir })}
      className="hover:underline"
      aria-sort={active ? (view.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      {label}
      {active ? (view.dir === "asc" ? " ↑" : " ↓") : ""}
    </Link>
  );
}

function GroupTable({
  groups,
}: {
  groups: {
    id: string;
    kind: string;
    name: string;
    partners: number;
    figures: PartnerRow["figures"];
    previous: PartnerRow["figures"];
  }[];
}) {
  const columns = figureColumns.filter((c) =>
    ["readyOnTime", "missedStore", "missedDriver", "completion", "proof", "daysServiced"].includes(c.key),
  );
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Group
            </th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="py-2 pr-3 text-right">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {groups.map((g) => (
            <tr key={`${g.kind}-${g.id}`}>
              <th scope="row" className="py-2 pr-3 font-medium">
                {g.name}
                <span className="block text-xs font-normal text-slate-500">
                  {g.kind} · {g.partners} partners
                </span>
              </th>
              {columns.map((c) => (
                <FigureCell key={c.key} column={c} figures={g.figures} previous={g.previous} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
