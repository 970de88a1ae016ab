"use client";

import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { EmptyState } from "@/app/_components/ui/card";
import { useSubscription, useTRPC } from "@/app/_trpc/client";
import { ArrivalCard, type BoardArrival, boardOrder } from "./arrival-card";

function useNow(intervalMs = 30_000) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

/** "Today" or "Yesterday to two days ahead": a board shows the store's today unless asked. */
function DaysToggle({ allDays, onChange }: { allDays: boolean; onChange: (allDays: boolean) => void }) {
  const t = useTranslations("arrivals");
  return (
    <fieldset className="mb-3 flex flex-wrap gap-1">
      <legend className="sr-only">{t("daysShown")}</legend>
      {[
        { value: false, label: t("today") },
        { value: true, label: t("allDays") },
      ].map((o) => (
        <button
          key={o.label}
          type="button"
          aria-pressed={allDays === o.value}
          onClick={() => onChange(o.value)}
          className={`min-h-11 rounded-lg px-3 text-sm font-medium ring-1 ${
            allDays === o.value ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-800 ring-slate-300"
          }`}
        >
          {o.label}
        </button>
      ))}
    </fieldset>
  );
}

function BoardList({ arrivals, actions }: { arrivals: BoardArrival[]; actions: boolean }) {
  const t = useTranslations("arrivals");
  const now = useNow();
  const [allDays, setAllDays] = useState(false);
  const shown = boardOrder(arrivals, now, allDays);
  return (
    <>
      <DaysToggle allDays={allDays} onChange={setAllDays} />
      {shown.length === 0 ? (
        <EmptyState title={allDays ? t("emptyAllDays") : t("emptyToday")} />
      ) : (
        <ul className="grid gap-3 md:grid-cols-2" aria-label={t("list")}>
          {shown.map((a) => (
            <ArrivalCard key={a.id} arrival={a} now={now} showPartner={false} actions={actions} />
          ))}
        </ul>
      )}
    </>
  );
}

/** Every retailer of the mall, each with its arrivals (or a plain "none today"). */
function MallBoardList({
  retailers,
  arrivals,
}: {
  retailers: { id: string; code: string; name: string }[];
  arrivals: (BoardArrival & { partnerId: string })[];
}) {
  const t = useTranslations("arrivals");
  const now = useNow();
  const [allDays, setAllDays] = useState(false);
  const shown = boardOrder(arrivals, now, allDays);
  return (
    <>
      <DaysToggle allDays={allDays} onChange={setAllDays} />
      <ul className="space-y-4" aria-label={t("retailers")}>
        {retailers.map((retailer) => {
          const own = shown.filter((a) => a.partnerId === retailer.id);
          return (
            <li key={retailer.id} data-testid="mall-retailer" aria-label={retailer.name}>
              <h2 className="mb-2 font-semibold text-slate-900">
                {retailer.name} <span className="text-xs font-normal text-slate-500">{retailer.code}</span>
              </h2>
              {own.length === 0 ? (
                <p className="rounded-lg bg-white px-3 py-2 text-sm text-slate-600 ring-1 ring-slate-200">
                  {allDays ? t("noneAllDays") : t("noneToday")}
                </p>
              ) : (
                <ul className="grid gap-3 md:grid-cols-2" aria-label={t("retailerArrivals", { name: retailer.name })}>
                  {own.map((a) => (
                    <ArrivalCard key={a.id} arrival={a} now={now} showPartner={false} actions={false} />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** One store's arrivals, live. */
export function StoreArrivalBoard({ partnerCode }: { partnerCode: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.arrivals.forStore.queryOptions({ partnerCode }));
  useSubscription(
    trpc.live.changes.subscriptionOptions(
      { partnerCodes: [partnerCode] },
      { onData: () => void queryClient.invalidateQueries({ queryKey: trpc.arrivals.forStore.pathKey() }) },
    ),
  );
  return <BoardList arrivals={data.arrivals} actions />;
}

/** Every retailer of a mall against the arrivals, live. */
export function MallArrivalBoard({ mallId }: { mallId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.arrivals.mallBoard.queryOptions({ mallId }));
  useSubscription(
    trpc.live.changes.subscriptionOptions(
      { mallId },
      { onData: () => void queryClient.invalidateQueries({ queryKey: trpc.arrivals.mallBoard.pathKey() }) },
    ),
  );
  return <MallBoardList retailers={data.retailers} arrivals={data.arrivals} />;
}
