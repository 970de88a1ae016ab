"use client";

import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { directionsUrl, telUrl } from "@/lib/stop-links";
import { LogDelivery } from "./log-delivery";
import { useTodaysStops } from "./todays-route";

/**
 * One stop at a time: where to go ("Navigate" opens the phone's maps app), who to call, then the
 * proof. Previous/next walk the route in its suggested order.
 */
export function StopStep({
  partnerCode,
  trackingId,
  savedOnPhone,
  onMove,
  onRecorded,
}: {
  partnerCode: string;
  trackingId: string;
  savedOnPhone: ReadonlySet<string>;
  onMove: (trackingId: string | null) => void;
  /** The message, and the stop to go on to (null: back to the route). */
  onRecorded: (message: string, next: string | null) => void;
}) {
  const t = useTranslations("deliveries");
  const { stops } = useTodaysStops(partnerCode);
  const index = stops.findIndex((s) => s.trackingId === trackingId);
  const stop = stops[index];
  if (!stop) {
    return (
      <Card>
        <p className="mb-3 text-sm">{t("stopGone")}</p>
        <Button onClick={() => onMove(null)}>{t("backToRoute")}</Button>
      </Card>
    );
  }
  const previous = stops[index - 1]?.trackingId ?? null;
  const next = stops[index + 1]?.trackingId ?? null;
  // The next stop still to do, once this one is logged.
  const nextToDo =
    stops.slice(index + 1).find((s) => !savedOnPhone.has(s.trackingId))?.trackingId ??
    stops.slice(0, index).find((s) => !savedOnPhone.has(s.trackingId))?.trackingId ??
    null;
  const call = telUrl(stop.recipientPhone);
  const address = `${stop.recipientLine1}, ${stop.recipientCity}, ${stop.recipientRegion} ${stop.recipientPostalCode}`;
  return (
    <Card>
      <section aria-label={t("stopLabel", { number: index + 1, name: stop.recipientName })} data-testid="stop-card">
        <p className="text-sm font-semibold text-slate-600 tabular-nums">
          {t("stopOf", { number: index + 1, total: stops.length })}
        </p>
        <h2 className="mt-1 text-lg font-bold">{stop.recipientName}</h2>
        <p className="text-sm">{address}</p>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
          <span className="font-mono">{stop.trackingId}</span>
          {savedOnPhone.has(stop.trackingId) ? (
            <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
              {t("savedOnPhone")}
            </span>
          ) : (
            <StatusBadge status={stop.status} />
          )}
        </p>
        <div className="mt-3 grid grid-cols-2 gap-2">
          <a
            href={directionsUrl({
              ...stop,
              line1: stop.recipientLine1,
              city: stop.recipientCity,
              region: stop.recipientRegion,
              postalCode: stop.recipientPostalCode,
            })}
            target="_blank"
            rel="noopener noreferrer"
            className={buttonClass("primary")}
          >
            {t("navigate")}
          </a>
          {call ? (
            <a href={call} className={buttonClass("secondary")}>
              {t("call")}
            </a>
          ) : (
            <span className="flex items-center justify-center text-center text-xs text-slate-600">{t("noPhone")}</span>
          )}
        </div>
        <div className="mt-4 rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200">
          <LogDelivery
            key={stop.trackingId}
            trackingId={stop.trackingId}
            recipientName={stop.recipientName}
            backLink={false}
            onRecorded={(message) => onRecorded(message, nextToDo === stop.trackingId ? null : nextToDo)}
          />
        </div>
        <nav aria-label={t("stops")} className="mt-4 grid grid-cols-3 gap-2">
          <Button variant="secondary" disabled={!previous} onClick={() => onMove(previous)}>
            {t("previous")}
          </Button>
          <Button variant="ghost" onClick={() => onMove(null)}>
            {t("allStops")}
          </Button>
          <Button variant="secondary" disabled={!next} onClick={() => onMove(next)}>
            {t("next")}
          </Button>
        </nav>
      </section>
    </Card>
  );
}
