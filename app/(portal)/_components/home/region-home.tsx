import { getFormat } from "@/app/_components/request-locale";
import { buttonClass } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { Link } from "@/app/_components/ui/link";
import { PageHeader } from "@/app/_components/ui/page-header";
import { Table, TBody, Td, THead, Th, Tr } from "@/app/_components/ui/table";
import { programLabels } from "@/lib/labels";
import { headlineColumns } from "@/server/domain/performance/columns";
import { serverCaller } from "@/server/trpc/server";
import { AlertsList } from "../../performance/_components/alerts-list";
import { FigureTile } from "../../performance/_components/figure-cell";

/**
 * The manager's region(s): the headline figures of the last 7 days beside the 7 before, the
 * partners below their thresholds, today's pickups at risk, then every partner with what it has
 * in hand and has handed on today.
 */
/** How many partners of a region the home lists (by most parcels in hand). */
const PARTNERS_SHOWN = 10;
/** How many of today's arrivals at risk it lists, soonest first. */
const AT_RISK_SHOWN = 10;

export async function RegionHome() {
  const format = await getFormat();
  const caller = await serverCaller();
  const partners = await caller.partners.withTodayCounts();
  if (partners.length === 0) {
    return (
      <>
        <PageHeader title="Your region" />
        <EmptyState title="No partners in your regions yet" />
      </>
    );
  }
  // As on the performance page: each partner's last 7 days are its own local days.
  const [dashboard, atRisk] = await Promise.all([
    caller.performance.dashboard({ preset: "7" }),
    caller.arrivals.atRisk(),
  ]);
  const regions = [...new Set(partners.map((p) => p.regionName))];
  const alerts = dashboard.partners.filter((p) => p.alerts.length > 0);
  const programsRun = new Set(partners.map((p) => p.program));
  const columns = headlineColumns.filter((c) => programsRun.has(c.program));
  const performanceHref = `/performance?${new URLSearchParams({ period: "7" })}`;

  return (
    <>
      <PageHeader title="Your region" subtitle="Each partner's figures are in its own local days." />
      <p className="mb-4">
        <Link href="/parcels/search" className={buttonClass("secondary")}>
          Parcel search
        </Link>
      </p>
      <Card title="Last 7 days" className="mb-4">
        <p className="mb-3 text-sm text-slate-600">
          {format.days(dashboard.period.from, dashboard.period.to)}, beside the 7 days before (
          {format.days(dashboard.previousPeriod.from, dashboard.previousPeriod.to)}).{" "}
          <Link href={performanceHref} className="font-medium text-brand-700 hover:underline">
            Each partner's figures
          </Link>
        </p>
        {dashboard.regions.map((region) => (
          <section key={region.id} aria-label={`${region.name}: last 7 days`} className="mb-3 last:mb-0">
            {dashboard.regions.length > 1 ? (
              <h3 className="mb-2 text-sm font-semibold text-slate-800">{region.name}</h3>
            ) : null}
            <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 xl:grid-cols-6" data-testid="region-figures">
              {columns.map((c) => (
                <FigureTile
                  key={c.key}
                  column={c}
                  figures={region.figures}
                  previous={region.previous}
                  format={format}
                />
              ))}
            </dl>
          </section>
        ))}
      </Card>

      <Card title={`Alerts (${alerts.length})`} className="mb-4">
        <AlertsList partners={alerts} allHref={`/performance?${new URLSearchParams({ period: "7", alerts: "1" })}`} />
      </Card>

      <Card title={`Today's arrivals at risk (${atRisk.length})`} className="mb-4">
        {atRisk.length === 0 ? (
          <p className="text-sm text-slate-600">Every pickup due today has its parcels ready.</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm" data-testid="arrivals-at-risk">
            {atRisk.slice(0, AT_RISK_SHOWN).map((a) => (
              <li key={a.id} className="flex flex-wrap items-baseline gap-x-3 py-1.5">
                <span className="font-semibold tabular-nums">
                  {format.time(a.windowStart, a.timeZone)}–{format.time(a.windowEnd, a.timeZone)}
                </span>
                <Link
                  href={`/partners/${encodeURIComponent(a.partnerCode)}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {a.partnerName}
                </Link>
                <span className="tabular-nums text-rose-800">
                  {a.ready} of {a.due} ready
                </span>
                <span className="text-slate-600">
                  driver {a.driverName}
                  {a.eta ? ` · ETA ${format.time(a.eta, a.timeZone)}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
        {atRisk.length > AT_RISK_SHOWN ? (
          <p className="mt-2 text-body">
            <Link href="/arrivals" className="font-medium text-brand-700 hover:underline">
              All of today's arrivals
            </Link>
          </p>
        ) : null}
      </Card>

      {regions.map((region) => {
        const inRegion = partners.filter((p) => p.regionName === region);
        // A region of hundreds shows those with the most in hand; the paged list has them all.
        const shown = [...inRegion]
          .sort((a, b) => b.inHand - a.inHand || a.name.localeCompare(b.name))
          .slice(0, PARTNERS_SHOWN);
        return (
          <Card key={region} title={region} className="mb-4">
            {inRegion.length > shown.length ? (
              <p className="mb-2 text-body text-fg-muted">
                The {shown.length} with the most parcels in hand of {inRegion.length} partners ·{" "}
                <Link href="/partners" className="font-medium text-brand-700 hover:underline">
                  See the whole list
                </Link>
              </p>
            ) : null}
            <Table label="Partners">
              <THead>
                <Tr>
                  <Th>Partner</Th>
                  <Th>Program</Th>
                  <Th>Where</Th>
                  <Th className="text-right">In hand</Th>
                  <Th className="text-right">Handed on today</Th>
                </Tr>
              </THead>
              <TBody>
                {shown.map((p) => (
                  <Tr key={p.id} className={p.active ? "" : "text-fg-muted"}>
                    <Td>
                      <Link
                        href={`/partners/${encodeURIComponent(p.code)}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {p.name}
                      </Link>
                      <span className="ml-2 text-caption text-fg-muted">{p.code}</span>
                      {p.active ? null : <span className="ml-2 text-caption">(inactive)</span>}
                    </Td>
                    <Td>{programLabels[p.program]}</Td>
                    <Td>{p.mallName ?? `${p.city}, ${p.state}`}</Td>
                    <Td className="text-right tabular-nums">{p.inHand}</Td>
                    <Td className="text-right tabular-nums">{p.handedOnToday}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </Card>
        );
      })}
    </>
  );
}
