"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/page-header";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { useFormat } from "@/app/_components/use-format";
import { useTRPC } from "@/app/_trpc/client";
import type { ParcelStatus, Program } from "@/lib/enums";
import { OpeningHoursList } from "../opening-hours";

const statusOrder: Record<Program, ParcelStatus[]> = {
  mall_pickup: ["announced", "ready", "picked_up", "delivered", "cancelled"],
  local_delivery: ["announced", "at_store", "out_for_delivery", "attempted", "delivered", "returned", "cancelled"],
};

export function StoreToday({ code }: { code: string }) {
  const t = useTranslations("today");
  const format = useFormat();
  const trpc = useTRPC();
  const { data } = useSuspenseQuery({
    ...trpc.partners.today.queryOptions({ code }),
    refetchInterval: 30_000,
  });
  const { partner, arrivals, nextArrival, countsByStatus } = data;
  const tz = partner.timeZone;
  const today = format.day(data.day);
  return (
    <>
      <PageHeader
        title={partner.name}
        subtitle={t("subtitle", {
          today,
          place: partner.mallName ?? `${partner.city}, ${partner.state}`,
          zone: tz.replace("_", " "),
        })}
      />
      {partner.active ? null : (
        <p role="alert" className="mb-4 rounded-lg bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
          {t("inactive")}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("parcelsToday")} className="lg:col-span-2">
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {statusOrder[partner.program].map((status) => (
              <li key={status} className="rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200">
                <p className="text-2xl font-bold tabular-nums text-slate-900" data-testid={`count-${status}`}>
                  {countsByStatus[status] ?? 0}
                </p>
                <StatusBadge status={status} />
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t("nextDriver")}>
          {nextArrival ? (
            <div className="space-y-1">
              <p className="text-lg font-semibold">
                {format.time(nextArrival.windowStart, tz)}–{format.time(nextArrival.windowEnd, tz)}
              </p>
              <p className="text-sm text-slate-700">
                {nextArrival.driverName}
                {nextArrival.driverVehicle ? ` · ${nextArrival.driverVehicle}` : ""}
              </p>
              <p className="text-sm text-slate-700">
                {nextArrival.kind === "pickup" ? t("pickup") : t("dropoff")} ·{" "}
                <StatusBadge status={nextArrival.status} />
                {nextArrival.eta ? ` · ${t("eta", { time: format.time(nextArrival.eta, tz) })}` : ""}
              </p>
            </div>
          ) : (
            <p className="text-sm text-slate-600">{t("noMoreDrivers")}</p>
          )}
        </Card>
      </div>
      <Card title={t("arrivalsToday")} className="mt-4">
        {arrivals.length === 0 ? (
          <EmptyState title={t("noArrivalsToday")} />
        ) : (
          <ul className="divide-y divide-slate-100">
            {arrivals.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="font-medium tabular-nums">
                  {format.time(a.windowStart, tz)}–{format.time(a.windowEnd, tz)}
                </span>
                <span className="text-sm text-slate-700">
                  {a.kind === "pickup" ? t("pickup") : t("dropoff")} · {a.driverName}
                </span>
                <StatusBadge status={a.status} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("openingHours")} className="mt-4">
        <OpeningHoursList hours={partner.openingHours} />
      </Card>
    </>
  );
}
