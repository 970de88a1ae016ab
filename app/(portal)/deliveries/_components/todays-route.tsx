"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { useTRPC } from "@/app/_trpc/client";

/** Parcels to deliver today in the suggested order, with the round trip's length. */
export function TodaysRoute({ partnerCode }: { partnerCode: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.deliveries.today.queryOptions({ partnerCode }));
  return (
    <Card
      title={`Today's deliveries · ${data.stops.length} stops · ${data.totalMiles.toFixed(1)} miles round trip`}
      className="mt-4"
    >
      {data.stops.length === 0 ? (
        <EmptyState title="Nothing to deliver right now">Parcels appear here once they are scanned in.</EmptyState>
      ) : (
        <ol className="divide-y divide-slate-100">
          {data.stops.map((stop, i) => (
            <li key={stop.id} className="flex flex-wrap items-center gap-3 py-2 text-sm" data-testid="route-stop">
              <span className="w-6 text-right font-semibold tabular-nums">{i + 1}.</span>
              <span>
                <span className="block font-medium">{stop.recipientName}</span>
                <span className="block text-slate-600">
                  {stop.recipientLine1}, {stop.recipientCity}
                </span>
              </span>
              <Link
                href={`/parcels/${encodeURIComponent(stop.trackingId)}`}
                className="ml-auto font-mono text-brand-700 hover:underline"
              >
                {stop.trackingId}
              </Link>
              <StatusBadge status={stop.status} />
            </li>
          ))}
        </ol>
      )}
      {data.dueForReturn.length ? (
        <p className="mt-3 text-sm text-slate-700">
          {data.dueForReturn.length} parcel{data.dueForReturn.length === 1 ? "" : "s"} to hand back to the next driver.
        </p>
      ) : null}
    </Card>
  );
}
