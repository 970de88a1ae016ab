"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import type { MapStop, MapTiles } from "@/app/_components/map/geometry";
import { StoreMap } from "@/app/_components/map/store-map";
import { Button } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { useOutbox } from "@/app/_offline/outbox-provider";
import { useTRPC } from "@/app/_trpc/client";
import { LogDelivery } from "./log-delivery";

/** Parcels to deliver today in the suggested order, on a map and as a list, with the round trip's length. */
export function TodaysRoute({ partnerCode, tiles }: { partnerCode: string; tiles: MapTiles }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.deliveries.today.queryOptions({ partnerCode }));
  const { partner } = data;
  const { entries } = useOutbox();
  // Logged here but not yet accepted by the server: the list keeps the stop and says so.
  const savedOnPhone = new Set(entries.flatMap((e) => (e.action.kind === "delivery" ? [e.action.trackingId] : [])));
  // Logging happens in place, so it works offline with nothing to load.
  const [openStop, setOpenStop] = useState<string | null>(null);
  const [lastLogged, setLastLogged] = useState<string | null>(null);
  // Numbered as in the list; a stop without a location keeps its number but has no pin.
  const pins: MapStop[] = data.stops.flatMap((stop, i) =>
    stop.lat !== null && stop.lng !== null
      ? [{ id: stop.id, number: i + 1, label: stop.recipientName, lat: stop.lat, lng: stop.lng }]
      : [],
  );
  return (
    <Card
      title={`Today's deliveries · ${data.stops.length} stops · ${data.totalMiles.toFixed(1)} miles round trip`}
      className="mt-4"
    >
      <StoreMap
        className="mb-3 h-64"
        label={`Map of today's route from ${partner.name}: the ${partner.radiusMiles}-mile delivery radius and ${pins.length} stops, numbered as in the list.`}
        tiles={tiles}
        center={{ lat: partner.lat, lng: partner.lng }}
        radiusMiles={partner.radiusMiles}
        stops={pins}
        showRoute
      />
      {lastLogged ? (
        <p
          role="status"
          data-testid="log-result"
          className="mb-3 rounded-lg bg-emerald-50 p-3 text-sm font-medium ring-1 ring-emerald-200"
        >
          {lastLogged}
        </p>
      ) : null}
      {data.stops.length === 0 ? (
        <EmptyState title="Nothing to deliver right now">Parcels appear here once they are scanned in.</EmptyState>
      ) : (
        <ol className="divide-y divide-slate-100">
          {data.stops.map((stop, i) => {
            const open = openStop === stop.trackingId;
            const saved = savedOnPhone.has(stop.trackingId);
            return (
              <li key={stop.id} className="flex flex-wrap items-center gap-3 py-2 text-sm" data-testid="route-stop">
                <span className="w-6 text-right font-semibold tabular-nums">{i + 1}.</span>
                <span>
                  <span className="block font-medium">{stop.recipientName}</span>
                  <span className="block text-slate-600">
                    {stop.recipientLine1}, {stop.recipientCity}
                  </span>
                  {stop.lat === null || stop.lng === null ? (
                    <span className="block text-amber-800">No map location</span>
                  ) : null}
                </span>
                <Link
                  href={`/parcels/${encodeURIComponent(stop.trackingId)}`}
                  className="ml-auto font-mono text-brand-700 hover:underline"
                >
                  {stop.trackingId}
                </Link>
                {saved ? (
                  <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                    Saved on phone
                  </span>
                ) : (
                  <StatusBadge status={stop.status} />
                )}
                <Button
                  variant={open ? "primary" : "secondary"}
                  aria-expanded={open}
                  aria-label={`Log ${stop.trackingId}`}
                  onClick={() => setOpenStop(open ? null : stop.trackingId)}
                >
                  Log
                </Button>
                {open ? (
                  <div className="w-full rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200">
                    <LogDelivery
                      trackingId={stop.trackingId}
                      recipientName={stop.recipientName}
                      backLink={false}
                      onRecorded={(message) => {
                        setOpenStop(null);
                        setLastLogged(message);
                      }}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
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
