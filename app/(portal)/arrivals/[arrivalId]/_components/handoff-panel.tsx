"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import Link from "next/link";
import { Button } from "@/app/_components/ui/button";
import { Card, PageHeader } from "@/app/_components/ui/card";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { useTRPC } from "@/app/_trpc/client";
import { formatLocalTime } from "@/server/domain/time/local-day";
import { ManifestLine } from "../../../_components/manifest-line";
import { ScanField, type ScanResult } from "../../../parcels/_components/scan-field";

/** The handoff: confirm the driver is here, then scan each parcel as it changes hands. */
export function HandoffPanel({ arrivalId }: { arrivalId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.arrivals.manifest.queryOptions({ arrivalId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.arrivals.manifest.pathKey() });
  useSubscription(
    trpc.live.changes.subscriptionOptions({ partnerCodes: [data.partnerCode] }, { onData: () => void refresh() }),
  );
  const markArrived = useMutation(trpc.arrivals.markArrived.mutationOptions({ onSettled: () => refresh() }));
  const handOver = useMutation(trpc.arrivals.handOver.mutationOptions({ onSettled: () => refresh() }));
  const { arrival, timeZone: tz } = data;

  async function scan(trackingId: string): Promise<ScanResult> {
    try {
      const result = await handOver.mutateAsync({ arrivalId, trackingId });
      return {
        ok: true,
        message: result.changed ? `${trackingId} handed over.` : `${trackingId} was already handed over.`,
      };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : "Could not record the handoff." };
    }
  }

  const lines = data.lines.filter((l) => l.onManifest || l.scannedAt || l.discrepancy);
  const handed = lines.filter((l) => l.status === "picked_up").length;
  return (
    <>
      <PageHeader
        title={`Handoff · ${formatLocalTime(arrival.windowStart, tz)}–${formatLocalTime(arrival.windowEnd, tz)}`}
        subtitle={`${data.partnerName} · ${arrival.driverName}${arrival.driverVehicle ? ` · ${arrival.driverVehicle}` : ""}`}
      />
      <Card className="mb-4">
        <div className="mb-3 flex flex-wrap items-center gap-3">
          <StatusBadge status={arrival.status} />
          <span className="text-sm font-semibold tabular-nums" data-testid="handed-count">
            {handed}/{lines.length} handed over
          </span>
          <Link
            href={`/arrivals/${arrivalId}/manifest`}
            className="ml-auto text-sm font-medium text-brand-700 hover:underline"
          >
            Printable manifest
          </Link>
        </div>
        {arrival.status === "arrived" ? (
          <ScanField label="Scan each parcel as you hand it over" onScan={scan} />
        ) : arrival.status === "scheduled" || arrival.status === "en_route" ? (
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm text-slate-700">When the driver is at the counter:</p>
            <Button onClick={() => markArrived.mutate({ arrivalId })} disabled={markArrived.isPending}>
              Driver has arrived
            </Button>
            {markArrived.error ? (
              <p role="alert" className="text-sm text-rose-700">
                {markArrived.error.message}
              </p>
            ) : null}
          </div>
        ) : (
          <p className="text-sm text-slate-700">This arrival is over; discrepancies are listed below.</p>
        )}
      </Card>
      <Card title="Parcels">
        <ul className="divide-y divide-slate-100">
          {lines.map((line) => (
            <ManifestLine key={line.trackingId} {...line} testId="handoff-line" />
          ))}
        </ul>
      </Card>
    </>
  );
}
