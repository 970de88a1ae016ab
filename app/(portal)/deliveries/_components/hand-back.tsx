"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { useFormat } from "@/app/_components/use-format";
import { useTRPC } from "@/app/_trpc/client";
import type { ArrivalStatus, ParcelStatus } from "@/lib/enums";
import { ManifestLine } from "../../_components/manifest-line";

type HandBackLine = {
  trackingId: string;
  recipientName: string;
  status: ParcelStatus;
  failedAttempts: number;
  handedBackAt: Date | null;
  discrepancy: string | null;
};

/**
 * Parcels due for return (three failed attempts, refused, damaged) go back with the drop-off's
 * driver: staff confirm each one as they hand it over. The driver's departure report turns them
 * returned; one the driver does not list shows as a handoff mismatch.
 */
export function HandBack({
  arrival,
  lines,
  timeZone,
  onChanged,
}: {
  arrival: { id: string; status: ArrivalStatus; driverName: string };
  lines: HandBackLine[];
  timeZone: string;
  onChanged: () => unknown;
}) {
  const t = useTranslations("deliveries");
  const format = useFormat();
  const trpc = useTRPC();
  const handBack = useMutation(trpc.deliveries.handBack.mutationOptions({ onSettled: () => onChanged() }));
  if (lines.length === 0) return null;
  const driverHere = arrival.status === "scheduled" || arrival.status === "en_route" || arrival.status === "arrived";
  const toGo = lines.filter((l) => !l.handedBackAt).length;
  return (
    <section aria-labelledby="hand-back-heading" className="mt-4 border-t border-slate-200 pt-3">
      <h3 id="hand-back-heading" className="text-sm font-semibold text-slate-900">
        {t("handBackHeading", { count: toGo })}
      </h3>
      <p className="text-xs text-slate-600">
        {driverHere ? t("handBackGive", { driver: arrival.driverName }) : t("handBackGone")}
      </p>
      <ul className="divide-y divide-slate-100">
        {lines.map((line) => (
          <ManifestLine
            key={line.trackingId}
            {...line}
            testId="handback-line"
            actions={
              line.handedBackAt ? (
                <span className="text-xs font-medium text-emerald-800">
                  {t("handedOver", { time: format.time(line.handedBackAt, timeZone) })}
                </span>
              ) : driverHere ? (
                <Button
                  variant="secondary"
                  className="min-h-9 px-3 py-1"
                  disabled={handBack.isPending}
                  onClick={() => handBack.mutate({ arrivalId: arrival.id, trackingId: line.trackingId })}
                >
                  {t("handedToDriver")}
                </Button>
              ) : line.failedAttempts ? (
                <span className="text-xs text-slate-600">{t("failedAttempts", { count: line.failedAttempts })}</span>
              ) : null
            }
          />
        ))}
      </ul>
      {handBack.error ? (
        <p role="alert" className="mt-2 text-sm font-medium text-rose-800">
          {handBack.error.message}
        </p>
      ) : null}
    </section>
  );
}
