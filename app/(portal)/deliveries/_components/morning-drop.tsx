"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { Button } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { useTRPC } from "@/app/_trpc/client";
import { formatLocalTime } from "@/server/domain/time/local-day";
import { ManifestLine } from "../../_components/manifest-line";
import { ScanField, type ScanResult } from "../../parcels/_components/scan-field";

/** The morning drop: scan each parcel in, then complete the check-in to reconcile. */
export function MorningDrop({ partnerCode }: { partnerCode: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.deliveries.drop.queryOptions({ partnerCode }));
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.deliveries.drop.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.deliveries.today.pathKey() }),
    ]);
  useSubscription(
    trpc.live.changes.subscriptionOptions({ partnerCodes: [partnerCode] }, { onData: () => void refresh() }),
  );
  const scan = useMutation(trpc.deliveries.scanIn.mutationOptions({ onSettled: () => refresh() }));
  const complete = useMutation(trpc.deliveries.completeCheckIn.mutationOptions({ onSettled: () => refresh() }));
  const { arrival, lines, partner } = data;

  if (!arrival) {
    return (
      <Card title="Morning drop">
        <EmptyState title="No drop-off is scheduled for today" />
      </Card>
    );
  }

  async function onScan(trackingId: string): Promise<ScanResult> {
    try {
      const result = await scan.mutateAsync({ arrivalId: arrival!.id, trackingId });
      return {
        ok: true,
        message: result.changed
          ? `${result.trackingId} is at the store.`
          : `${result.trackingId} was already scanned in.`,
      };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : "Could not scan it in." };
    }
  }

  const manifest = lines.filter((l) => l.onManifest);
  const scanned = lines.filter((l) => l.scannedAt).length;
  const count = (flag: string) => lines.filter((l) => l.discrepancy === flag).length;
  return (
    <Card title={`Morning drop · ${formatLocalTime(arrival.windowStart, partner.timeZone)} · ${arrival.driverName}`}>
      <p className="mb-3 text-sm font-semibold tabular-nums" data-testid="drop-progress">
        {scanned} scanned · {manifest.length} on the manifest
      </p>
      {arrival.checkedInAt ? (
        <p
          role="status"
          className="mb-3 rounded-lg bg-emerald-50 p-3 text-sm ring-1 ring-emerald-200"
          data-testid="drop-summary"
        >
          Check-in complete: {scanned} received, {count("missing")} missing, {count("unexpected")} not on the manifest.
        </p>
      ) : (
        <>
          <ScanField onScan={onScan} />
          <Button onClick={() => complete.mutate({ arrivalId: arrival.id })} disabled={complete.isPending}>
            Complete check-in
          </Button>
        </>
      )}
      <ul className="mt-3 divide-y divide-slate-100">
        {lines.map((line) => (
          <ManifestLine key={line.trackingId} {...line} testId="drop-line" />
        ))}
      </ul>
    </Card>
  );
}
