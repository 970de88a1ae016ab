"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { useFormat } from "@/app/_components/use-format";
import { useOutbox } from "@/app/_offline/outbox-provider";
import { useTRPC } from "@/app/_trpc/client";
import { ScanField, type ScanResult } from "../../parcels/_components/scan-field";
import { DropLine } from "./drop-line";
import { DropPicker } from "./drop-picker";
import { HandBack } from "./hand-back";

/**
 * The morning drop: scan each parcel in (reporting any damaged, with a photo), then complete
 * the check-in to reconcile; parcels due for return go back with the driver.
 */
export function MorningDrop({ partnerCode, arrivalId }: { partnerCode: string; arrivalId?: string }) {
  const t = useTranslations("deliveries");
  const format = useFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(
    trpc.deliveries.drop.queryOptions({ partnerCode, ...(arrivalId ? { arrivalId } : {}) }),
  );
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.deliveries.drop.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.deliveries.today.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.deliveries.coverage.pathKey() }),
    ]);
  const outbox = useOutbox();
  const complete = useMutation(trpc.deliveries.completeCheckIn.mutationOptions({ onSettled: () => refresh() }));
  const { arrival, lines, partner, drops, handBack, progress } = data;

  if (!arrival) {
    return (
      <Card title={t("todaysDrop")}>
        <EmptyState title={t("noDrop")} />
      </Card>
    );
  }

  // Kept on the phone first, so scanning goes on with no signal.
  async function onScan(trackingId: string): Promise<ScanResult> {
    const result = await outbox.record({
      kind: "scan_in",
      arrivalId: arrival!.id,
      trackingId,
      scannedAt: new Date().toISOString(),
    });
    if (result.kind === "refused") return { ok: false, message: result.message };
    if (result.kind === "queued") return { ok: true, message: t("scanQueued", { trackingId }) };
    await refresh();
    const detail = result.detail?.kind === "scan_in" ? result.detail : null;
    return {
      ok: true,
      message: detail
        ? t(detail.changed ? "scanAtStore" : "scanAlready", { trackingId: detail.trackingId })
        : result.message,
    };
  }

  async function completeCheckIn() {
    // Everything scanned must reach the server before it reconciles the drop.
    if ((await outbox.flush()) > 0) return;
    complete.mutate({ arrivalId: arrival!.id });
  }

  const scanned = lines.filter((l) => l.scannedAt).length;
  const count = (flag: string) => lines.filter((l) => l.discrepancy === flag).length;
  const damaged = lines.filter((l) => l.damagedAt || l.discrepancy === "damaged").length;
  return (
    <>
      <DropPicker partnerCode={partnerCode} drops={drops} currentId={arrival.id} timeZone={partner.timeZone} />
      <Card
        title={t("dropTitle", {
          part: arrival.partOfDay,
          time: format.time(arrival.windowStart, partner.timeZone),
          driver: arrival.driverName,
        })}
      >
        {progress ? (
          <p className="mb-3 text-sm font-semibold tabular-nums" data-testid="drop-progress">
            {t("progressScanned", { scanned: progress.received - progress.unexpected, manifest: progress.manifest })} ·{" "}
            <span className={progress.missing ? "text-amber-800" : ""}>
              {t("missing", { count: progress.missing })}
            </span>{" "}
            ·{" "}
            <span className={progress.unexpected ? "text-rose-700" : ""}>
              {t("extra", { count: progress.unexpected })}
            </span>
          </p>
        ) : null}
        {arrival.checkedInAt ? (
          <p
            role="status"
            className="mb-3 rounded-lg bg-emerald-50 p-3 text-sm ring-1 ring-emerald-200"
            data-testid="drop-summary"
          >
            {t("checkInSummary", {
              received: scanned,
              missing: count("missing"),
              unexpected: count("unexpected"),
              damaged,
            })}
          </p>
        ) : (
          <>
            <ScanField onScan={onScan} />
            <Button onClick={() => void completeCheckIn()} disabled={complete.isPending || !outbox.online}>
              {t("completeCheckIn")}
            </Button>
            {outbox.online ? null : <p className="mt-1 text-sm text-slate-700">{t("checkInNeedsNetwork")}</p>}
          </>
        )}
        <ul className="mt-3 divide-y divide-slate-100">
          {lines.map((line) => (
            <DropLine
              key={line.trackingId}
              arrivalId={arrival.id}
              line={line}
              checkInOpen={!arrival.checkedInAt}
              onChanged={refresh}
            />
          ))}
        </ul>
        <HandBack arrival={arrival} lines={handBack} timeZone={partner.timeZone} onChanged={refresh} />
      </Card>
    </>
  );
}
