import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormat } from "@/app/_components/request-locale";
import { buttonClass } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { CheckboxField } from "@/app/_components/ui/checkbox";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { PageHeader } from "@/app/_components/ui/page-header";
import { Pagination, RowsPerPage } from "@/app/_components/ui/pagination";
import { PillNav } from "@/app/_components/ui/pill-nav";
import { Select } from "@/app/_components/ui/select";
import { programs } from "@/lib/enums";
import { programLabels } from "@/lib/labels";
import { serverCaller } from "@/server/trpc/server";
import { currentUser } from "../_components/current-user";
import { notFoundOrThrow } from "../_components/route-params";
import { AlertsList } from "./_components/alerts-list";
import { GroupTable } from "./_components/group-table";
import { PartnerTable } from "./_components/partner-table";
import { PeriodFields } from "./_components/period-fields";
import { RegionTrends } from "./_components/region-trends";
import { ThresholdsPanel } from "./_components/thresholds-panel";
import { type DashboardView, leaderboardInput, pageParams, parseView, periodOf, viewHref } from "./params";

export const metadata: Metadata = { title: "Performance" };

const presets = [
  { value: "today", label: "Today" },
  { value: "7", label: "7 days" },
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
] as const;

export default async function PerformancePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const format = await getFormat();
  const me = await currentUser();
  if (me?.role !== "regional_manager" && me?.role !== "admin" && me?.role !== "store_owner") notFound();
  // Owners see their own stores: no thresholds to set, no network roll-ups.
  const manages = me.role !== "store_owner";
  const view = parseView(await searchParams);
  const caller = await serverCaller();
  const chosen = periodOf(view);
  const [dashboard, thresholds] = await Promise.all([
    // The server filters, sorts and pages: the page gets one page of rows per program's table.
    chosen.error ? null : caller.performance.leaderboard(leaderboardInput(view, chosen.selection)),
    manages && !chosen.error ? caller.performance.thresholds() : [],
  ]);
  if (dashboard && dashboard.partnerCount === 0) return <EmptyState title="No partners in your regions yet" />;
  const period = dashboard?.period ?? { from: view.from ?? "", to: view.to ?? "" };
  const href = (change: Partial<DashboardView>) => viewHref("/performance", view, change);
  const alerts = dashboard?.alerts ?? [];
  // The charts: the region day by day over the dashboard's days, and the sparklines of the rows shown.
  const [series, sparklines] = dashboard
    ? await Promise.all([
        caller.performance.series({ period: dashboard.period, mallId: view.mall }).catch(notFoundOrThrow),
        caller.performance.sparklines({
          ...dashboard.period,
          partnerIds: dashboard.tables.flatMap((t) => t.rows.map((r) => r.id)),
        }),
      ])
    : [null, null];
  const trends = new Map(sparklines?.partners.map((s) => [s.partnerId, s.values]));

  return (
    <>
      <PageHeader
        title={manages ? "Partner performance" : "Your store's performance"}
        subtitle={
          dashboard
            ? dashboard.periodsDiffer
              ? `Each partner's own local days: ${format.days(period.from, period.to)} across time zones · previous period before each`
              : `${format.days(period.from, period.to)}, each partner in its own local days · previous period ${format.days(dashboard.previousPeriod.from, dashboard.previousPeriod.to)}`
            : "Choose a period"
        }
      />
      <PillNav
        label="Period"
        items={presets.map((p) => ({
          href: href({ period: p.value, from: undefined, to: undefined }),
          label: p.label,
          current: view.period === p.value,
        }))}
      />
      <form
        method="get"
        className="mb-4 flex flex-wrap items-start gap-3 rounded-card bg-surface p-3 ring-1 ring-border"
      >
        <input type="hidden" name="sort" value={view.sort} />
        <input type="hidden" name="dir" value={view.dir} />
        <input type="hidden" name="period" value="custom" />
        <PeriodFields from={period.from} to={period.to} error={chosen.error} />
        <Field label="Program">
          <Select name="program" defaultValue={view.program} className="w-48">
            <option value="all">All programs</option>
            {programs.map((p) => (
              <option key={p} value={p}>
                {programLabels[p]}
              </option>
            ))}
          </Select>
        </Field>
        {/* Owners have no mall to choose, but the choice still travels with the form. */}
        <Field label="Mall" className={manages ? undefined : "hidden"}>
          <Select name="mall" defaultValue={view.mall ?? ""} className="w-48">
            <option value="">All malls</option>
            {(dashboard?.mallChoices ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Search partners">
          <Input type="search" name="q" defaultValue={view.q} className="w-56" />
        </Field>
        <RowsPerPage value={view.size} />
        <CheckboxField
          label="Alerts only"
          name="alerts"
          value="1"
          defaultChecked={view.alerts === "1"}
          className="mt-6"
        />
        <button type="submit" className={buttonClass("secondary", "mt-6")}>
          Apply
        </button>
        {manages && dashboard ? (
          <a
            href={viewHref("/performance/export", view, {})}
            className={buttonClass("primary", "mt-6 ml-auto")}
            download
          >
            Download CSV
          </a>
        ) : null}
      </form>

      {dashboard ? null : (
        <EmptyState title="No figures for this period">Correct the dates above to see the figures.</EmptyState>
      )}
      {dashboard ? (
        <>
          <Card title={`Alerts (${alerts.length})`} className="mb-4">
            <AlertsList partners={alerts} allHref={href({ alerts: "1", pickupPage: 1, deliveryPage: 1 })} />
          </Card>

          {series ? (
            <Card title={manages ? "Your region by day" : "Your store by day"} className="mb-4">
              <p className="mb-3 text-body text-fg-muted">
                Each day beside the same day of the previous period (
                {format.days(series.previousPeriod.from, series.previousPeriod.to)})
                {view.mall ? ", for the mall chosen" : ""}.
              </p>
              <RegionTrends series={series} programs={dashboard.tables.map((t) => t.program)} />
            </Card>
          ) : null}

          {manages ? <ThresholdsPanel regions={thresholds} /> : null}

          {manages ? (
            <Card title="Regions and malls" className="mb-4">
              <p className="mb-2 text-body">
                <a
                  href={viewHref("/performance/export", view, { table: "groups" })}
                  className="font-medium text-brand-700 hover:underline"
                  download
                >
                  Download this table as CSV
                </a>
              </p>
              <GroupTable
                format={format}
                groups={[
                  ...dashboard.regions.map((g) => ({ ...g, kind: "Region" })),
                  ...dashboard.malls.rows.map((g) => ({ ...g, kind: "Mall" })),
                ]}
              />
              {dashboard.malls.pageCount > 1 ? (
                <Pagination
                  label="Malls pages"
                  page={dashboard.malls.page}
                  pageCount={dashboard.malls.pageCount}
                  size={dashboard.malls.size}
                  total={dashboard.malls.total}
                  href={(page) => href({ mallsPage: page })}
                />
              ) : null}
            </Card>
          ) : null}

          {dashboard.tables.map((table) => (
            <Card key={table.program} title={`${programLabels[table.program]} partners`} className="mb-4">
              <PartnerTable
                format={format}
                rows={table.rows}
                program={table.program}
                view={view}
                href={href}
                trends={trends}
              />
              {table.total > 0 ? (
                <Pagination
                  label={`${programLabels[table.program]} partners pages`}
                  page={table.page}
                  pageCount={table.pageCount}
                  size={table.size}
                  total={table.total}
                  href={(page) => href({ [pageParams[table.program]]: page })}
                />
              ) : null}
            </Card>
          ))}
        </>
      ) : null}
    </>
  );
}
