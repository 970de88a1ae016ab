"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Card } from "@/app/_components/ui/card";
import { useFormat } from "@/app/_components/use-format";
import { useTRPC } from "@/app/_trpc/client";

function useCoverage(partnerCode: string) {
  const trpc = useTRPC();
  // Noon passes while the page is open: look again every few minutes.
  return useQuery({ ...trpc.deliveries.coverage.queryOptions({ partnerCode }), refetchInterval: 5 * 60_000 });
}

/** Today, once noon has passed without a check-in: a coverage gap. */
export function CoverageToday({ partnerCode }: { partnerCode: string }) {
  const t = useTranslations("deliveries");
  const format = useFormat();
  const { data } = useCoverage(partnerCode);
  if (!data?.todayIsGap) return null;
  return (
    <p
      className="mb-4 rounded-lg bg-amber-50 p-3 text-sm font-medium text-amber-950 ring-1 ring-amber-300"
      data-testid="coverage-today"
    >
      {t("coverageToday", { time: format.time(data.checkInBy, data.timeZone) })}
    </p>
  );
}

/** The coverage gaps of the last 30 days and today (server/domain/performance/coverage.ts states the rule). */
export function CoverageGaps({ partnerCode, className }: { partnerCode: string; className?: string }) {
  const t = useTranslations("deliveries");
  const format = useFormat();
  const { data } = useCoverage(partnerCode);
  if (!data) return null;
  return (
    <Card title={t("coverageGapsTitle", { count: data.gaps.length })} className={className}>
      <p className="mb-2 text-sm text-slate-600">
        {t("coverageRule", { time: format.time(data.checkInBy, data.timeZone) })}
      </p>
      {data.gaps.length === 0 ? (
        <p className="text-sm">{t("coverageNone")}</p>
      ) : (
        <ul className="flex flex-wrap gap-2 text-sm" aria-label={t("coverageGaps")}>
          {data.gaps.map((d) => (
            <li
              key={d}
              className="rounded-full bg-amber-50 px-2 py-0.5 ring-1 ring-amber-200"
              data-testid="coverage-gap"
            >
              <time dateTime={d}>{format.day(d)}</time>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
