"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useFormat } from "@/app/_components/locale";
import { Card, EmptyState, PageHeader } from "@/app/_components/ui/card";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { useTRPC } from "@/app/_trpc/client";
import type { ParcelStatus, Program } from "@/lib/enums";
import { OpeningHoursList } from "../opening-hours";

const statusOrder: Record<Program, ParcelStatus[]> = {
  mall_pickup: ["announced", "ready", "picked_up", "delivered", "cancelled"],
  local_delivery: ["announced", "at_store", "out_for_delivery", "attempted", "delivered", "returned", "cancelled"],
};

export function StoreToday({ code }: { code: string }) {
  const format = useFormat();
  const trpc = useTRPC();
  const { data } = useSuspenseQuery({
    ...trpc.partners.today.queryOptions({ code }),
    refetchInterval: 30_000,
  });
  const { partner, arrivals, nextArrival, countsByStatus } = data;
  const tz = partner.timeZone;
  const today = format.date(new Date(), tz);
  return (
    <>
      <PageHeader
        title={partner.name}
        subtitle={`${today} · ${partner.mallName ?? `${partner.city}, ${partner.state}`} · times in ${tz.replace("_", " ")}`}
      />
      {partner.active ? null : (
        <p role="alert" className="mb-4 rounded-lg bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
          This store is inactive: nothing can be recorded for it until your regional manager reactivates it.
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="Parcels today" className="lg:col-span-2">
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
        <Card title="Next driver">
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
                {nextArrival.kind === "pickup" ? "Pickup" : "Drop-off"} · <StatusBadge status={nextArrival.status} />
                {nextArrival.eta ? ` · ETA ${format.time(nextArrival.eta, tz)}` : ""}
              </p>
            </div>
          ) : (
            <p className="text-sm text-slate-600">No more drivers are scheduled today.</p>
          )}
        </Card>
      </div>
      <Card title="Driver arrivals today" className="mt-4">
        {arrivals.length === 0 ? (
          <EmptyState title="No driver arrivals scheduled today" />
        ) : (
          <ul className="divide-y divide-slate-100">
            {arrivals.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="font-medium tabular-nums">
                  {format.time(a.windowStart, tz)}–{format.time(a.windowEnd, tz)}
                </span>
                <span className="text-sm text-slate-700">
                  {a.kind === "pickup" ? "Pickup" : "Drop-off"} · {a.driverName}
                </span>
                <StatusBadge status={a.status} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Opening hours" className="mt-4">
        <OpeningHoursList hours={partner.openingHours} />
      </Card>
    </>
  );
}

export function StoreTodaySkeleton() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading today" className="animate-pulse space-y-4">
      <div className="h-8 w-64 rounded bg-slate-200" />
      <div className="h-40 rounded-xl bg-slate-200" />
      <div className="h-32 rounded-xl bg-slate-200" />
    </div>
  );
}
