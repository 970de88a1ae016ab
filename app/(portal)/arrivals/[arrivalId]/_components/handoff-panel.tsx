"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { Link } from "@/app/_components/ui/link";
import { PageHeader } from "@/app/_components/ui/page-header";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { useFormat } from "@/app/_components/use-format";
import { TRPCClientError, useSubscription, useTRPC } from "@/app/_trpc/client";
import type { ParcelStatus } from "@/lib/enums";
import { ManifestLine } from "../../../_components/manifest-line";
import { ScanField, type ScanResult } from "../../../parcels/_components/scan-field";

type Line = {
  trackingId: string;
  recipientName: string;
  status: ParcelStatus;
  onManifest: boolean;
  scannedAt: Date | null;
  discrepancy: string | null;
};

const reasonOf = (error: unknown) =>
  error instanceof TRPCClientError ? (error.data as { reason?: string | null } | undefined)?.reason : undefined;
const messageOf = (error: unknown, fallback: string) => (error instanceof Error ? error.message : fallback);

/** Handed over at this counter: scanned out here and still picked up (an undo clears the scan). */
const isHanded = (l: Line) => l.scannedAt !== null && (l.status === "picked_up" || l.status === "delivered");

/**
 * The handoff: confirm the driver is here, then scan each parcel as it changes hands. Only
 * parcels on this driver's list go; what is still to hand over stays in view, a mis-scan can
 * be undone until the driver leaves, and "Finish handoff" sums up before the driver goes.
 */
export function HandoffPanel({ arrivalId }: { arrivalId: string }) {
  const t = useTranslations("handoff");
  const format = useFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.arrivals.manifest.queryOptions({ arrivalId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.arrivals.manifest.pathKey() });
  useSubscription(
    trpc.live.changes.subscriptionOptions({ partnerCodes: [data.partnerCode] }, { onData: () => void refresh() }),
  );
  const markArrived = useMutation(trpc.arrivals.markArrived.mutationOptions({ onSettled: () => refresh() }));
  const handOver = useMutation(trpc.arrivals.handOver.mutationOptions({ onSettled: () => refresh() }));
  const undo = useMutation(trpc.arrivals.undoHandOver.mutationOptions({ onSettled: () => refresh() }));
  const finish = useMutation(trpc.arrivals.finishHandoff.mutationOptions({ onSettled: () => refresh() }));
  const [notReady, setNotReady] = useState<string | null>(null);
  const answer = useRef<((anyway: boolean) => void) | null>(null);
  const [finishing, setFinishing] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { arrival, timeZone: tz } = data;
  const atCounter = arrival.status === "arrived";

  /** Asks "hand over anyway?" and waits for the person's answer. */
  function confirmNotReady(trackingId: string) {
    setNotReady(trackingId);
    return new Promise<boolean>((resolve) => {
      answer.current = (anyway) => {
        answer.current = null;
        setNotReady(null);
        resolve(anyway);
      };
    });
  }

  async function scan(trackingId: string): Promise<ScanResult> {
    setMessage(null);
    try {
      const result = await handOver.mutateAsync({ arrivalId, trackingId });
      return handedMessage(result);
    } catch (error) {
      if (reasonOf(error) !== "not_ready") return { ok: false, message: messageOf(error, t("couldNotRecord")) };
      if (!(await confirmNotReady(trackingId))) return { ok: false, message: t("notHandedOver", { trackingId }) };
      try {
        return handedMessage(await handOver.mutateAsync({ arrivalId, trackingId, anyway: true }));
      } catch (again) {
        return { ok: false, message: messageOf(again, t("couldNotRecord")) };
      }
    }
  }

  async function undoOne(trackingId: string) {
    try {
      await undo.mutateAsync({ arrivalId, trackingId });
      setMessage({ ok: true, text: t("takenBack", { trackingId }) });
    } catch (error) {
      setMessage({ ok: false, text: messageOf(error, t("couldNotUndo")) });
    }
  }

  const lines: Line[] = data.lines.filter((l) => l.onManifest || l.scannedAt || l.discrepancy);
  const onList = lines.filter((l) => l.onManifest);
  const handed = onList.filter(isHanded);
  const toHandOver = onList.filter((l) => !isHanded(l) && l.status !== "cancelled");
  function handedMessage(result: { trackingId: string; changed: boolean }): ScanResult {
    return { ok: true, message: t(result.changed ? "handed" : "alreadyHanded", { trackingId: result.trackingId }) };
  }

  const others = lines.filter((l) => !l.onManifest || (l.status === "cancelled" && !isHanded(l)));
  return (
    <>
      <PageHeader
        title={t("heading", {
          window: `${format.time(arrival.windowStart, tz)}–${format.time(arrival.windowEnd, tz)}`,
        })}
        subtitle={`${data.partnerName} · ${arrival.driverName}${arrival.driverVehicle ? ` · ${arrival.driverVehicle}` : ""}`}
      />
      <Card className="mb-4">
        <div className="mb-3 flex flex-wrap items-center gap-3">
          <StatusBadge status={arrival.status} />
          <span className="text-sm font-semibold tabular-nums" data-testid="handed-count">
            {t("handedCount", { handed: handed.length, total: onList.length })}
          </span>
          <Link
            href={`/arrivals/${arrivalId}/manifest`}
            className="ml-auto inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline"
          >
            {t("printableManifest")}
          </Link>
        </div>
        {atCounter ? (
          <>
            <ScanField label={t("scanLabel")} onScan={scan} />
            <Button variant="secondary" onClick={() => setFinishing(true)}>
              {t("finish")}
            </Button>
          </>
        ) : arrival.status === "scheduled" || arrival.status === "en_route" ? (
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm text-slate-700">{t("whenAtCounter")}</p>
            <Button onClick={() => markArrived.mutate({ arrivalId })} disabled={markArrived.isPending}>
              {t("driverArrived")}
            </Button>
            {markArrived.error ? (
              <p role="alert" className="text-sm text-rose-700">
                {markArrived.error.message}
              </p>
            ) : null}
          </div>
        ) : (
          <p className="text-sm text-slate-700">{arrival.status === "completed" ? t("final") : t("over")}</p>
        )}
        {finish.data && atCounter ? (
          <p role="status" className="mt-3 rounded-lg bg-emerald-50 p-3 text-sm ring-1 ring-emerald-200">
            {t("finished", { handed: finish.data.handed.length, notHanded: finish.data.notHanded.length })}
          </p>
        ) : null}
        {message ? (
          <p role={message.ok ? "status" : "alert"} className="mt-3 text-sm font-medium" data-testid="handoff-message">
            {message.text}
          </p>
        ) : null}
      </Card>

      <Card title={t("toHandOverCount", { count: toHandOver.length })} className="mb-4">
        {toHandOver.length === 0 ? (
          <p className="text-sm text-slate-600">{t("nothingLeft")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label={t("toHandOver")}>
            {toHandOver.map((line) => (
              <ManifestLine key={line.trackingId} {...line} testId="handoff-line" />
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("handedOverCount", { count: handed.length })} className="mb-4">
        {handed.length === 0 ? (
          <p className="text-sm text-slate-600">{t("nothingHanded")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label={t("handedOver")}>
            {handed.map((line) => (
              <ManifestLine
                key={line.trackingId}
                {...line}
                testId="handoff-line"
                actions={
                  atCounter ? (
                    <Button
                      variant="ghost"
                      onClick={() => void undoOne(line.trackingId)}
                      disabled={undo.isPending}
                      aria-label={t("undoOf", { trackingId: line.trackingId })}
                    >
                      {t("undo")}
                    </Button>
                  ) : null
                }
              />
            ))}
          </ul>
        )}
      </Card>
      {others.length > 0 ? (
        <Card title={t("notToHandOver")}>
          <ul className="divide-y divide-slate-100">
            {others.map((line) => (
              <ManifestLine key={line.trackingId} {...line} testId="handoff-line" />
            ))}
          </ul>
        </Card>
      ) : null}

      <ConfirmDialog
        open={notReady !== null}
        title={t("notReadyTitle")}
        confirmLabel={t("handOverAnyway")}
        tone="primary"
        onConfirm={() => answer.current?.(true)}
        onCancel={() => answer.current?.(false)}
      >
        {t("notReadyBody", { trackingId: notReady ?? "" })}
      </ConfirmDialog>
      <ConfirmDialog
        open={finishing}
        title={t("finishTitle")}
        confirmLabel={t("finish")}
        tone="primary"
        pending={finish.isPending}
        onConfirm={() => finish.mutate({ arrivalId }, { onSettled: () => setFinishing(false) })}
        onCancel={() => setFinishing(false)}
      >
        <HandoffSummary handed={handed} notHanded={toHandOver} />
      </ConfirmDialog>
    </>
  );
}

/** What goes with the driver and what stays, side by side, before the driver leaves. */
function HandoffSummary({ handed, notHanded }: { handed: Line[]; notHanded: Line[] }) {
  const t = useTranslations("handoff");
  const p = useTranslations("parcels");
  const id = useId();
  return (
    <div className="max-h-[60vh] space-y-3 overflow-y-auto" data-testid="handoff-summary">
      <section aria-labelledby={`${id}-handed`}>
        <h3 id={`${id}-handed`} className="font-semibold text-slate-900">
          {t("handedOverCount", { count: handed.length })}
        </h3>
        {handed.length ? (
          <ul className="font-mono">
            {handed.map((l) => (
              <li key={l.trackingId}>{l.trackingId}</li>
            ))}
          </ul>
        ) : (
          <p>{t("none")}</p>
        )}
      </section>
      <section aria-labelledby={`${id}-stays`}>
        <h3 id={`${id}-stays`} className="font-semibold text-slate-900">
          {t("notHandedOverCount", { count: notHanded.length })}
        </h3>
        {notHanded.length ? (
          <>
            <ul className="font-mono">
              {notHanded.map((l) => (
                <li key={l.trackingId}>
                  {l.trackingId} <span className="font-sans text-slate-600">({p(`statusLabel.${l.status}`)})</span>
                </li>
              ))}
            </ul>
            <p className="mt-1">{t("staysNote")}</p>
          </>
        ) : (
          <p>{t("noneLeft")}</p>
        )}
      </section>
    </div>
  );
}
