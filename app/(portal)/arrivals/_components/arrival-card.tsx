"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/app/_components/ui/button";
import { Link } from "@/app/_components/ui/link";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { useFormat } from "@/app/_components/use-format";
import type { ArrivalStatus } from "@/lib/enums";
import { localDayOf } from "@/lib/local-day";
import { type ArrivalTexts, englishArrivalTexts } from "./arrival-texts";

export type BoardArrival = {
  id: string;
  externalId: string;
  partnerName: string;
  timeZone: string;
  kind: "pickup" | "dropoff";
  status: ArrivalStatus;
  windowStart: Date;
  windowEnd: Date;
  eta: Date | null;
  driverName: string;
  driverVehicle: string | null;
  due: number;
  ready: number;
  /** Drop-offs: manifest parcels the store has scanned in. */
  scannedIn: number;
  pickedUp: number;
  missed: number;
  mismatches: number;
};

const WARNING_MINUTES = 30;

function minutesLabel(t: ArrivalTexts, minutes: number) {
  if (minutes < 60) return t("minutes", { minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? t("hoursMinutes", { hours, minutes: rest }) : t("hours", { hours });
}

/** When the driver is due, relative to now: "in 25 min", "window open", "late by 10 min". */
export function countdown(
  arrival: Pick<BoardArrival, "status" | "windowStart" | "windowEnd" | "eta">,
  now: number,
  t: ArrivalTexts = englishArrivalTexts,
) {
  if (!["scheduled", "en_route"].includes(arrival.status)) return null;
  const expected = (arrival.eta ?? arrival.windowStart).getTime();
  if (now < expected) return t("in", { time: minutesLabel(t, Math.ceil((expected - now) / 60_000)) });
  if (now <= arrival.windowEnd.getTime()) return t("dueNow");
  return t("lateBy", { time: minutesLabel(t, Math.ceil((now - arrival.windowEnd.getTime()) / 60_000)) });
}

/** Parcels still not ready with the driver less than 30 minutes away. */
export function needsWarning(arrival: BoardArrival, now: number) {
  if (arrival.kind !== "pickup" || !["scheduled", "en_route"].includes(arrival.status)) return false;
  const expected = (arrival.eta ?? arrival.windowStart).getTime();
  return arrival.ready < arrival.due && expected - now <= WARNING_MINUTES * 60_000;
}

const active: readonly ArrivalStatus[] = ["scheduled", "en_route", "arrived"];

/** How far from now a driver still to come counts as today's, whatever the date. */
const NEAR_NOW_MS = 3 * 3600_000;

/**
 * The board's order: drivers still to come or at the counter first (soonest first), then the
 * visits that are over. Unless `allDays`, only the store's local today, and the drivers at the
 * counter or due within three hours either side of now: late in the evening the next driver may
 * be tomorrow's, just after midnight a late one yesterday's.
 */
export function boardOrder<A extends Pick<BoardArrival, "status" | "windowStart" | "windowEnd" | "timeZone">>(
  arrivals: readonly A[],
  now: number,
  allDays = false,
): A[] {
  const today = (a: A) => localDayOf(a.windowStart, a.timeZone) === localDayOf(new Date(now), a.timeZone);
  const nearNow = (a: A) =>
    a.status === "arrived" ||
    (active.includes(a.status) &&
      a.windowStart.getTime() <= now + NEAR_NOW_MS &&
      a.windowEnd.getTime() >= now - NEAR_NOW_MS);
  const rank = (a: A) => (active.includes(a.status) ? 0 : 1);
  return arrivals
    .filter((a) => allDays || today(a) || nearNow(a))
    .sort((a, b) => rank(a) - rank(b) || a.windowStart.getTime() - b.windowStart.getTime());
}

/** What the card counts: readiness for a pickup; for a drop-off, what has been scanned in. */
export function progressLabel(
  arrival: Pick<BoardArrival, "kind" | "ready" | "due" | "scannedIn">,
  t: ArrivalTexts = englishArrivalTexts,
) {
  return arrival.kind === "pickup"
    ? t("ready", { ready: arrival.ready, due: arrival.due })
    : t("scannedIn", { scanned: arrival.scannedIn, due: arrival.due });
}

export function ArrivalCard({
  arrival,
  now,
  showPartner,
  actions,
}: {
  arrival: BoardArrival;
  now: number;
  showPartner: boolean;
  actions: boolean;
}) {
  const t = useTranslations("arrivals");
  const format = useFormat();
  const tz = arrival.timeZone;
  const warn = needsWarning(arrival, now);
  const left = countdown(arrival, now, t);
  return (
    <li
      data-testid="arrival-card"
      className={`rounded-xl bg-white p-4 shadow-sm ring-1 ${warn ? "ring-2 ring-amber-500" : "ring-slate-200"}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-lg font-semibold tabular-nums">
          {format.time(arrival.windowStart, tz)}–{format.time(arrival.windowEnd, tz)}
          <span className="ml-2 text-sm font-normal text-slate-600">{format.date(arrival.windowStart, tz)}</span>
        </p>
        <StatusBadge status={arrival.status} />
      </div>
      {showPartner ? <p className="font-medium text-slate-900">{arrival.partnerName}</p> : null}
      <p className="text-sm text-slate-700">
        {arrival.kind === "pickup" ? t("pickup") : t("dropoff")} · {arrival.driverName}
        {arrival.driverVehicle ? ` · ${arrival.driverVehicle}` : ""}
        {arrival.eta ? ` · ${t("eta", { time: format.time(arrival.eta, tz) })}` : ""}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <span data-testid="ready-count" className="font-semibold tabular-nums">
          {progressLabel(arrival, t)}
        </span>
        {left ? <span className="text-slate-700">{left}</span> : null}
        {arrival.missed > 0 ? <span className="text-rose-700">{t("missed", { count: arrival.missed })}</span> : null}
        {arrival.mismatches > 0 ? (
          <span className="text-rose-700">{t("discrepancies", { count: arrival.mismatches })}</span>
        ) : null}
      </div>
      {warn ? (
        <p role="alert" className="mt-2 rounded-lg bg-amber-50 px-3 py-2 text-sm font-semibold text-amber-900">
          {t("warning", { count: arrival.due - arrival.ready, left: left ?? "" })}
        </p>
      ) : null}
      {actions ? (
        <div className="mt-3 grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
          {arrival.kind === "pickup" && !["completed", "cancelled", "missed"].includes(arrival.status) ? (
            <Link href={`/arrivals/${arrival.id}`} className={buttonClass("primary")}>
              {t("handOver")}
            </Link>
          ) : null}
          <Link href={`/arrivals/${arrival.id}/manifest`} className={buttonClass("secondary")}>
            {t("manifest")}
          </Link>
        </div>
      ) : null}
    </li>
  );
}
