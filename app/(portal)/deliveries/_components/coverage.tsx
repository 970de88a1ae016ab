"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormat } from "@/app/_components/locale";
import { Card } from "@/app/_components/ui/card";
import { useTRPC } from "@/app/_trpc/client";
import { zonedTimeToInstant } from "@/lib/local-day";

function useCoverage(partnerCode: string) {
  const trpc = useTRPC();
  // Noon passes while the page is open: look again every few minutes.
  return useQuery({ ...trpc.deliveries.coverage.queryOptions({ partnerCode }), refetchInterval: 5 * 60_000 });
}

/** Today, once noon has passed without a check-in: a coverage gap. */
export function CoverageToday({ partnerCode }: { partnerCode: string }) {
  const format = useFormat();
  const { data } = useCoverage(partnerCode);
  if (!data?.todayIsGap) return null;
  return (
    <p
      className="mb-4 rounded-lg bg-amber-50 p-3 text-sm font-medium text-amber-950 ring-1 ring-amber-300"
      data-testid="coverage-today"
    >
      ⚠ No drop was checked in by {format.time(data.checkInBy, data.timeZone)} today, so today counts as a coverage gap.
      Check the drop in anyway so its parcels go out.
    </p>
  );
}

/** The coverage gaps of the last 30 days and today (server/domain/performance/coverage.ts states the rule). */
export function CoverageGaps({ partnerCode, className }: { partnerCode: string; className?: string }) {
  const format = useFormat();
  const { data } = useCoverage(partnerCode);
  if (!data) return null;
  const day = (d: string) => format.date(zonedTimeToInstant(d, "12:00", data.timeZone), data.timeZone);
  return (
    <Card title={`Coverage gaps, last 30 days (${data.gaps.length})`} className={className}>
      <p className="mb-2 text-sm text-slate-600">
        A day with a drop-off due (not a closure day) needs its drop checked in by{" "}
        {format.time(data.checkInBy, data.timeZone)}. A day with no drop-off is not a gap.
      </p>
      {data.gaps.length === 0 ? (
        <p className="text-sm">Every drop-off due was checked in by noon.</p>
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
