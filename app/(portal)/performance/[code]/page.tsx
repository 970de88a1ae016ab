import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, EmptyState, PageHeader } from "@/app/_components/ui/card";
import { PillNav } from "@/app/_components/ui/pill-nav";
import { METERS_PER_MILE } from "@/server/domain/geo/distance";
import { figureColumns, formatFigure } from "@/server/domain/performance/columns";
import { resolvePeriod } from "@/server/domain/performance/dashboard";
import { formatLocalDate, formatLocalTime, localDayOf } from "@/server/domain/time/local-day";
import { serverCaller } from "@/server/trpc/server";
import { discrepancyLabels } from "../../_components/manifest-line";
import { DailyBars } from "../_components/daily-bars";
import { FigureCell } from "../_components/figure-cell";

export const metadata: Metadata = { title: "Partner performance" };

export default async function PartnerPerformancePage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ from?: string; to?: string; figure?: string }>;
}) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const caller = await serverCaller();
  const partnerCode = decodeURIComponent(code);
  const partner = await caller.partners.get({ code: partnerCode }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const period = resolvePeriod("custom", localDayOf(new Date(), partner.timeZone), { from: query.from, to: query.to });
  const detail = await caller.performance.partner({ code: partnerCode, period });
  const columns = figureColumns.filter((c) => c.program === partner.program);
  // The trend shows the figure asked for, else the program's headline rate.
  const main = columns.find((c) => c.key === query.figure) ?? columns[0]!;
  const trendMax = Math.max(
    main.format === "percent" ? 1 : 0,
    ...detail.daily.map((d) => main.value(d.figures) ?? 0),
    1e-9,
  );
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
        subtitle={`${partner.code} · ${partner.mallName ?? `${partner.city}, ${partner.state}`} · ${period.from} to ${period.to} (previous ${detail.previousPeriod.from} to ${detail.previousPeriod.to}) · ${tz}`}
      />
      <Card title="Figures" className="mb-4">
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <tbody className="divide-y divide-slate-100">
              {columns.map((c) => (
                <tr key={c.key}>
                  <th scope="row" className="py-2 pr-3 text-left font-normal">
                    {c.label}
                  </th>
                  <FigureCell column={c} figures={detail.figures} previous={detail.previous} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Card title="Trend" className="mb-4">
        <PillNav
          label="Figure"
          items={columns.map((c) => ({
            href: `?${new URLSearchParams({ from: period.from, to: period.to, figure: c.key })}`,
            label: c.label,
            current: c.key === main.key,
          }))}
        />
        <DailyBars
          label={`${main.label} per day`}
          max={trendMax}
          points={detail.daily.map((d) => {
            const value = main.value(d.figures);
            return { day: d.day, value, text: formatFigure(value, main.format) };
          })}
        />
      </Card>
      {partner.program === "mall_pickup" ? (
        <Card title="Prep time distribution (announced → ready)" className="mb-4">
          <ul className="grid grid-cols-3 gap-2 text-sm sm:grid-cols-7">
            {prepBuckets(detail.prepMinutes).map((b) => (
              <li key={b.label} className="rounded-lg bg-slate-50 p-2 ring-1 ring-slate-200">
                <span className="block text-lg font-semibold tabular-nums">{b.count}</span>
                {b.label}
              </li>
            ))}
          </ul>
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
              <p className="text-sm text-slate-600">Every scheduled day had a check-in by noon.</p>
            ) : (
              <p className="text-sm">Scheduled days with no check-in by noon: {detail.coverageGaps.join(", ")}</p>
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
                        · {formatLocalDate(f.tappedAt, tz)} {formatLocalTime(f.tappedAt, tz)}
                      </p>
                      <p className="text-slate-700">{whyFlagged(f, partner.radiusMiles)}</p>
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
                  {formatLocalDate(d.windowStart, tz)} {formatLocalTime(d.windowStart, tz)}
                </span>
                <span className="font-mono">{d.trackingId}</span>
                <span className="text-rose-800">{discrepancyLabels[d.discrepancy ?? ""] ?? d.discrepancy}</span>
                <span className="text-slate-600">driver {d.driverName}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}

/** A proof image at full size in a new tab (the route checks the viewer may see the parcel). */
function ProofLink({ id, className, children }: { id: string; className: string; children: React.ReactNode }) {
  return (
    <a href={`/api/proofs/${id}`} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
    </a>
  );
}

function ProofThumb({ id, alt, className }: { id: string; alt: string; className: string }) {
  return (
    // biome-ignore lint/performance/noImgElement: the optimiser would fetch it without the viewer's session
    <img
      src={`/api/proofs/${id}?size=thumb`}
      alt={alt}
      loading="lazy"
      decoding="async"
      className={`rounded-md ring-1 ring-slate-200 ${className}`}
    />
  );
}

const miles = (meters: number) => `${(meters / METERS_PER_MILE).toFixed(2)} mi`;
const shortDistance = (meters: number) => (meters < 1000 ? `${Math.round(meters)} m` : miles(meters));

/** The distance beside what was allowed: the radius plus the fix's stated accuracy. */
function whyFlagged(
  f: { distanceMeters: number | null; accuracyMeters: number | null; allowedMeters: number },
  radiusMiles: number,
) {
  if (f.distanceMeters === null) return "Distance unknown.";
  const accuracy = f.accuracyMeters === null ? "no stated accuracy" : `±${Math.round(f.accuracyMeters)} m accuracy`;
  const beyond = f.distanceMeters - f.allowedMeters;
  return (
    `${miles(f.distanceMeters)} from the store; allowed ${miles(f.allowedMeters)} ` +
    `(${radiusMiles} mi radius, ${accuracy})` +
    (beyond > 0 ? ` — ${shortDistance(beyond)} beyond.` : " — inside the current radius.")
  );
}

const bucketEdges = [0, 10, 20, 30, 45, 60, 120];

/** Parcels per prep-time band, from the minutes histogram. */
function prepBuckets(histogram: Record<number, number>) {
  return bucketEdges.map((low, i) => {
    const high = bucketEdges[i + 1];
    let count = 0;
    for (const [minutes, n] of Object.entries(histogram)) {
      const m = Number(minutes);
      if (m >= low && (high === undefined || m < high)) count += n;
    }
    return { label: high === undefined ? `${low}+ min` : `${low}–${high} min`, count };
  });
}
