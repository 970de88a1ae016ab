"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { MapStop, MapTiles } from "@/app/_components/map/geometry";
import { StoreMap } from "@/app/_components/map/store-map";
import { Button } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { useFormat } from "@/app/_components/use-format";
import { useTRPC } from "@/app/_trpc/client";
import { CancelledNotes } from "../../_components/cancelled-notes";
import { BackAtStoreButton, RouteControls } from "./route-controls";

/** Today's stops in the suggested order (the list the stop-by-stop view walks through). */
export function useTodaysStops(partnerCode: string) {
  const trpc = useTRPC();
  return useSuspenseQuery(trpc.deliveries.today.queryOptions({ partnerCode })).data;
}

/**
 * The route: parcels to deliver today in the suggested order, on a map and as a list, with the
 * round trip's length. "Log" opens a stop on its own.
 */
export function TodaysRoute({
  partnerCode,
  tiles,
  savedOnPhone,
  onOpenStop,
}: {
  partnerCode: string;
  tiles: MapTiles;
  /** Logged here but not yet accepted by the server: the list keeps the stop and says so. */
  savedOnPhone: ReadonlySet<string>;
  onOpenStop: (trackingId: string) => void;
}) {
  const t = useTranslations("deliveries");
  const format = useFormat();
  const data = useTodaysStops(partnerCode);
  const { partner } = data;
  // Numbered as in the list; a stop without a location keeps its number but has no pin.
  const pins: MapStop[] = data.stops.flatMap((stop, i) =>
    stop.lat !== null && stop.lng !== null
      ? [{ id: stop.id, number: i + 1, label: stop.recipientName, lat: stop.lat, lng: stop.lng }]
      : [],
  );
  return (
    <Card title={t("routeTitle", { count: data.stops.length, miles: format.decimal(data.totalMiles, 1) })}>
      <StoreMap
        className="mb-3 h-64"
        label={t("mapLabel", {
          store: partner.name,
          radius: partner.radiusMiles,
          pins: pins.length,
        })}
        tiles={tiles}
        center={{ lat: partner.lat, lng: partner.lng }}
        radiusMiles={partner.radiusMiles}
        stops={pins}
        showRoute
      />
      <RouteControls
        partnerCode={partnerCode}
        waiting={data.stops.filter((s) => s.status !== "out_for_delivery").length}
        out={data.stops.filter((s) => s.status === "out_for_delivery").length}
      />
      <CancelledNotes cancelled={data.cancelled} timeZone={partner.timeZone} />
      {data.stops.length === 0 ? (
        <EmptyState title={t("nothingToDeliver")}>{t("nothingHint")}</EmptyState>
      ) : (
        <ol className="divide-y divide-slate-100">
          {data.stops.map((stop, i) => {
            const saved = savedOnPhone.has(stop.trackingId);
            return (
              <li
                key={stop.id}
                className="flex flex-wrap items-center gap-x-3 gap-y-2 py-2 text-sm"
                data-testid="route-stop"
              >
                <span className="w-6 text-right font-semibold tabular-nums">{i + 1}.</span>
                <span className="min-w-0 flex-1">
                  <span className="block font-medium">{stop.recipientName}</span>
                  <span className="block text-slate-600">
                    {stop.recipientLine1}, {stop.recipientCity}
                  </span>
                  <span className="block font-mono text-xs text-slate-600">{stop.trackingId}</span>
                  {stop.lat === null || stop.lng === null ? (
                    <span className="block text-amber-800">{t("noMapLocation")}</span>
                  ) : null}
                </span>
                {saved ? (
                  <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                    {t("savedOnPhone")}
                  </span>
                ) : (
                  <StatusBadge status={stop.status} />
                )}
                <span className="flex w-full justify-end gap-2 sm:w-auto">
                  {stop.status === "out_for_delivery" && !saved ? (
                    <BackAtStoreButton trackingId={stop.trackingId} />
                  ) : null}
                  <Button
                    aria-label={t("logStop", { trackingId: stop.trackingId })}
                    onClick={() => onOpenStop(stop.trackingId)}
                  >
                    {t("log")}
                  </Button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {data.dueForReturn.length ? (
        <p className="mt-3 text-sm text-slate-700">{t("toHandBack", { count: data.dueForReturn.length })}</p>
      ) : null}
    </Card>
  );
}
