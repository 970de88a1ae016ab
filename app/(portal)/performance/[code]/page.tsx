import type { Metadata } from "next";
import { ChartFigure } from "@/app/_components/charts/chart-figure";
import { BarsChart, TrendChart } from "@/app/_components/charts/charts";
import { getFormat } from "@/app/_components/request-locale";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { Link } from "@/app/_components/ui/link";
import { PageHeader } from "@/app/_components/ui/page-header";
import { Table, TBody, Th, Tr } from "@/app/_components/ui/table";
import { defaultLocale } from "@/lib/format";
import { translatorFor } from "@/lib/i18n/translate";
import { discrepancyLabel } from "@/lib/labels";
import { periodInZone } from "@/lib/period";
import { periodRangeError } from "@/lib/period-range";
import { figureColumns } from "@/server/domain/performance/columns";
import { serverCaller } from "@/server/trpc/server";
import { ProofLink, ProofThumb, whyFlagged } from "../../_components/proof";
import { notFoundOrThrow, pathParam } from "../../_components/route-params";
import { FigureCell } from "../_components/figure-cell";

export const metadata: Metadata = { title: "Partner performance" };

// Performance screens are the network's and stay English (decision 021).
const proofTexts = translatorFor(defaultLocale, "parcels");

export default async function PartnerPerformancePage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const format = await getFormat();
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const caller = await serverCaller();
  const partnerCode = pathParam(code);
  const partner = await caller.partners.get({ code: partnerCode }).catch(notFoundOrThrow);
  // A wrong range in the address (typed or old) shows the last 30 days and says why.
  const asked = query.from || query.to ? periodRangeError(query.from ?? "", query.to ?? "") : null;
  const period = periodInZone("custom", partner.timeZone, asked ? {} : { from: query.from, to: query.to });
  const detail = await caller.performance.partner({ code: partnerCode, period });
  const columns = figureColumns.filter((c) => c.program === partner.program);
  const tz = partner.timeZone;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link
          href={`/performance?period=custom&from=${period.from}&to=${period.to}`}
          className="text-brand-700 hover:underline"
        >
          ← All partners
        </Link>
      </p>
      <PageHeader
        title={partner.name}
        subtitle={`${partner.code} · ${partner.mallName ?? `${partner.city}, ${partner.state}`} · ${format.days(period.from, period.to)} (previous ${format.days(detail.previousPeriod.from, detail.previousPeriod.to)}) · ${tz}`}
      />
      {asked ? (
        <p role="alert" className="mb-4 rounded-control bg-warning-soft p-3 text-body ring-1 ring-amber-300">
          {asked.message} Showing the last 30 days instead.
        </p>
      ) : null}
      <Card title="Figures" className="mb-4">
        <Table label="Figures">
          <TBody>
            {columns.map((c) => (
              <Tr key={c.key}>
                <Th scope="row" className="pl-0 text-left font-normal">
                  {c.label}
                </Th>
                <FigureCell column={c} figures={detail.figures} previous={detail.previous} format={format} />
              </Tr>
            ))}
          </TBody>
        </Table>
      </Card>
      <Card title="Trends by day" className="mb-4">
        <div className="grid gap-6 md:grid-cols-2 2xl:grid-cols-3" data-testid="partner-trends">
          {columns.map((c) => {
            const threshold = detail.thresholds[c.key] ?? null;
            const points = detail.daily.map((d) => ({ day: d.day, value: c.value(d.figures) }));
            return (
              <ChartFigure
                key={c.key}
                title={threshold === null ? c.label : `${c.label} (threshold ${format.figure(threshold, c.format)})`}
                table={{
                  columns: ["Day", c.label],
                  rows: points.map((p) => ({
                    key: p.day,
                    cells: [format.day(p.day), format.figure(p.value, c.format)],
                  })),
                }}
              >
                <TrendChart title={`${c.label} by day`} format={c.format} threshold={threshold} points={points} />
              </ChartFigure>
            );
          })}
        </div>
      </Card>
      {partner.program === "mall_pickup" ? (
        <Card title="Prep time distribution (announced → ready)" className="mb-4">
          <ChartFigure
            title="Parcels by prep time"
            table={{
              columns: ["Prep time", "Parcels"],
              rows: detail.prepBands.map((b) => ({ key: b.label, cells: [b.label, String(b.count)] })),
            }}
          >
            <BarsChart
              title="Parcels"
              format="count"
              labels="names"
              valueLabels
              points={detail.prepBands.map((b) => ({ label: b.label, value: b.count }))}
            />
          </ChartFigure>
        </Card>
      ) : null}
      {partner.program === "local_delivery" ? (
        <>
          <Card title="Failed attempts by reason" className="mb-4">
            <ul className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
              {Object.entries(detail.figures.rural.failedAttemptsByReason).map(([reason, count]) => (
                <li key={reason} className="rounded-lg bg-slate-50 p-2 ring-1 ring-slate-200">
                  <span className="block text-lg font-semibold tabular-nums">{count}</span>
                  {reason.replaceAll("_", " ")}
                </li>
              ))}
            </ul>
          </Card>
          <Card title={`Coverage gaps (${detail.coverageGaps.length})`} className="mb-4">
            {detail.coverageGaps.length === 0 ? (
              <p className="text-sm text-slate-600">Every drop-off due was checked in by noon.</p>
            ) : (
              <p className="text-sm" data-testid="coverage-gaps">
                Days with a drop-off due and no check-in by noon: {detail.coverageGaps.join(", ")}
              </p>
            )}
          </Card>
          <Card title={`Deliveries flagged out of radius (${detail.flaggedOutOfRadius.length})`} className="mb-4">
            {detail.flaggedOutOfRadius.length === 0 ? (
              <EmptyState title="No deliveries logged outside the radius" />
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {detail.flaggedOutOfRadius.map((f) => (
                  <li key={`${f.trackingId}-${f.tappedAt.toISOString()}`} className="flex gap-3 py-2">
                    {f.photoId ? (
                      <ProofLink id={f.photoId} className="shrink-0">
                        <ProofThumb
                          id={f.photoId}
                          alt={`Proof photo for ${f.trackingId}`}
                          className="size-24 object-cover"
                        />
                      </ProofLink>
                    ) : (
                      <span className="flex size-24 shrink-0 items-center justify-center rounded-md bg-slate-50 text-xs text-slate-600 ring-1 ring-slate-200">
                        No photo
                      </span>
                    )}
                    <div className="min-w-0 space-y-1">
                      <p>
                        <Link
                          href={`/parcels/${encodeURIComponent(f.trackingId)}`}
                          className="font-mono text-brand-700 hover:underline"
                        >
                          {f.trackingId}
                        </Link>{" "}
                        · {format.date(f.tappedAt, tz)} {format.time(f.tappedAt, tz)}
                      </p>
                      <p className="text-slate-700">{whyFlagged(format, proofTexts, f, partner.radiusMiles)}</p>
                      {f.signatureId ? (
                        <ProofLink id={f.signatureId} className="inline-block">
                          <ProofThumb
                            id={f.signatureId}
                            alt={`Recipient signature for ${f.trackingId}`}
                            className="h-12 w-auto bg-white"
                          />
                        </ProofLink>
                      ) : null}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </>
      ) : null}
      <Card title={`Recent discrepancies (${detail.discrepancies.length})`}>
        {detail.discrepancies.length === 0 ? (
          <EmptyState title="No discrepancies in this period" />
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {detail.discrepancies.map((d) => (
              <li key={`${d.arrivalId}-${d.trackingId}`} className="flex flex-wrap gap-x-3 py-1.5">
                <span>
                  {format.date(d.windowStart, tz)} {format.time(d.windowStart, tz)}
                </span>
                <span className="font-mono">{d.trackingId}</span>
                <span className="text-rose-800">{discrepancyLabel(d.discrepancy ?? "")}</span>
                <span className="text-slate-600">driver {d.driverName}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
