"use client";

import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Suspense, startTransition, useState } from "react";
import { lazyFetchedNow } from "@/app/_components/load-when-online";
import type { MapTiles } from "@/app/_components/map/geometry";
import { Button } from "@/app/_components/ui/button";
import { useOutbox } from "@/app/_offline/outbox-provider";
import { useSubscription, useTRPC } from "@/app/_trpc/client";
import { CoverageGaps } from "./coverage";
import { TodaysRoute, useTodaysStops } from "./todays-route";

// The morning drop is the first screen only until it is checked in; the rest of the day starts
// at the route. The stop step is never the first screen. Both stay out of the page's first load:
// a page that opens on the drop hydrates once its code is in (waiting for the signal if it went).
const MorningDrop = lazyFetchedNow(() => import("./morning-drop").then((module) => module.MorningDrop));
const StopStep = lazyFetchedNow(() => import("./stop-step").then((module) => module.StopStep));

type Step = { kind: "drop" } | { kind: "route" } | { kind: "stop"; trackingId: string };

/**
 * The rural day as a sequence on one phone screen at a time: check the morning drop in, look over
 * the route (map and list), then deliver one stop at a time. Steps are local state, not pages, so
 * moving between them needs no network.
 */
export function DeliverySteps({
  partnerCode,
  arrivalId,
  tiles,
}: {
  partnerCode: string;
  arrivalId?: string;
  tiles: MapTiles;
}) {
  const t = useTranslations("deliveries");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all(
      [trpc.deliveries.drop, trpc.deliveries.today, trpc.deliveries.coverage].map((q) =>
        queryClient.invalidateQueries({ queryKey: q.pathKey() }),
      ),
    );
  // Whatever the step, the store's changes (a colleague's scan, the carrier's news) show at once.
  useSubscription(
    trpc.live.changes.subscriptionOptions({ partnerCodes: [partnerCode] }, { onData: () => void refresh() }),
  );
  const { arrival, lines } = useSuspenseQuery(
    trpc.deliveries.drop.queryOptions({ partnerCode, ...(arrivalId ? { arrivalId } : {}) }),
  ).data;
  const { stops } = useTodaysStops(partnerCode);
  // A drop with parcels still to scan in comes first; otherwise the day starts at the route.
  const dropToScan = Boolean(arrival && !arrival.checkedInAt && lines.some((l) => l.status === "announced"));
  const [step, setStep] = useState<Step>(dropToScan ? { kind: "drop" } : { kind: "route" });
  const [lastLogged, setLastLogged] = useState<string | null>(null);
  const { entries } = useOutbox();
  const savedOnPhone = new Set(entries.flatMap((e) => (e.action.kind === "delivery" ? [e.action.trackingId] : [])));

  function go(next: Step) {
    setLastLogged(null);
    // A transition: the current step stays while the stop step's code settles, with no flash.
    startTransition(() => setStep(next));
    window.scrollTo({ top: 0 });
  }
  const firstToDo = stops.find((s) => !savedOnPhone.has(s.trackingId))?.trackingId ?? stops[0]?.trackingId;
  const steps: { label: string; current: boolean; target: Step | null }[] = [
    { label: t("stepDrop"), current: step.kind === "drop", target: { kind: "drop" } },
    { label: t("stepRoute"), current: step.kind === "route", target: { kind: "route" } },
    {
      label: t("stepDeliver"),
      current: step.kind === "stop",
      target: step.kind === "stop" ? step : firstToDo ? { kind: "stop", trackingId: firstToDo } : null,
    },
  ];

  return (
    <>
      <nav aria-label={t("steps")} className="mb-4">
        <ol className="grid grid-cols-3 gap-1 rounded-xl bg-white p-1 ring-1 ring-slate-200">
          {steps.map(({ label, current, target }, i) => (
            <li key={label}>
              <button
                type="button"
                aria-current={current ? "step" : undefined}
                disabled={!target}
                onClick={() => target && go(target)}
                className={`flex min-h-11 w-full items-center justify-center gap-1 rounded-lg px-1 text-sm font-semibold disabled:text-slate-400 ${
                  current ? "bg-brand-600 text-white" : "text-slate-800 hover:bg-slate-50"
                }`}
              >
                <span aria-hidden="true" className="tabular-nums">
                  {i + 1}.
                </span>
                {label}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {lastLogged ? (
        <p
          role="status"
          data-testid="log-result"
          className="mb-3 rounded-lg bg-emerald-50 p-3 text-sm font-medium ring-1 ring-emerald-200"
        >
          {lastLogged}
        </p>
      ) : null}
      {step.kind === "drop" ? (
        <>
          <MorningDrop partnerCode={partnerCode} arrivalId={arrivalId} />
          <Button className="mt-4 w-full" onClick={() => go({ kind: "route" })}>
            {t("nextRoute")}
          </Button>
          <CoverageGaps partnerCode={partnerCode} className="mt-4" />
        </>
      ) : step.kind === "route" ? (
        <>
          <TodaysRoute
            partnerCode={partnerCode}
            tiles={tiles}
            savedOnPhone={savedOnPhone}
            onOpenStop={(trackingId) => go({ kind: "stop", trackingId })}
          />
          {firstToDo ? (
            <Button className="mt-4 w-full" onClick={() => go({ kind: "stop", trackingId: firstToDo })}>
              {t("startWithStop", { number: stops.findIndex((s) => s.trackingId === firstToDo) + 1 })}
            </Button>
          ) : null}
        </>
      ) : (
        <Suspense fallback={<p className="text-slate-600">{t("loadingStop")}</p>}>
          <StopStep
            partnerCode={partnerCode}
            trackingId={step.trackingId}
            savedOnPhone={savedOnPhone}
            onMove={(trackingId) => go(trackingId ? { kind: "stop", trackingId } : { kind: "route" })}
            onRecorded={(message, next) => {
              setStep(next ? { kind: "stop", trackingId: next } : { kind: "route" });
              setLastLogged(message);
              window.scrollTo({ top: 0 });
              // A delivered stop leaves the route.
              void refresh();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
