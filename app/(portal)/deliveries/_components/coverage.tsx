"use client";

import { useQuery } from "@tanstack/react-query";
import { Card } from "@/app/_components/ui/card";
import { useTRPC } from "@/app/_trpc/client";
import { formatLocalDate, formatLocalTime, zonedTimeToInstant } from "@/server/domain/time/local-day";

function useCoverage(partnerCode: string) {
  const trpc = useTRPC();
  // Noon passes while the page is open: look again every few minutes.
  return useQuery({ ...trpc.deliveries.coverage.queryOptions({ partnerCode }), refetchInterval: 5 * 60_000 });
}

/** Today, once noon has passed without a check-in: a coverage gap. */
export function CoverageToday({ partnerCode }: { partnerCode: string }) {
  const { data } = useCoverage(partnerCode);
  if (!data?.todayIsGap) return null;
  return (
    <p
      className="mb-4 rounded-lg bg-amber-50 p-3 text-sm font-medium text-amber-950 ring-1 ring-amber-300"
      data-testid="coverage-today"
    >
      ⚠ No drop was checked in by {formatLocalTime(data.checkInBy, data.timeZone)} today, so today counts as a coverage
      gap. Check the drop in anyway so its parcels go out.
    </p>
  );
}

/** The last 30 days' coverage gaps: scheduled days with no check-in by noon. */
export function CoverageGaps({ partnerCode, className }: { partnerCode: string; className?: string }) {
  const { data } = useCoverage(partnerCode);
  if (!data) return null;
  const day = (d: string) => formatLocalDate(zonedTimeToInstant(d, "12:00", data.timeZone), data.timeZone);
  return (
    <Card title={`Coverage gaps, last 30 days (${data.gaps.length})`} className={className}>
      <p className="mb-2 text-sm text-slate-600">
        A drop-off day that is not a closure day needs its drop checked in by{" "}
        {formatLocalTime(data.checkInBy, data.timeZone)}.
      </p>
      {data.gaps.length === 0 ? (
        <p className="text-sm">Every scheduled day had a check-in by noon.</p>
      ) : (
        <ul className="flex flex-wrap gap-2 text-sm" aria-label="Coverage gaps">
          {data.gaps.map((d) => (
            <li
              key={d}
              className="rounded-full bg-amber-50 px-2 py-0.5 ring-1 ring-amber-200"
              data-testid="coverage-gap"
            >
              <time dateTime={d}>{day(d)}</time>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
