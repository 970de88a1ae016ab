"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { useFormat } from "@/app/_components/use-format";
import type { OutboxAction } from "./outbox";
import { useOutbox } from "./outbox-provider";

function actionLabel(t: ReturnType<typeof useTranslations<"offline">>, action: OutboxAction) {
  const { trackingId } = action;
  if (action.kind === "scan_in") return t("scanIn", { trackingId });
  return action.outcome === "delivered" ? t("delivered", { trackingId }) : t("failedAttempt", { trackingId });
}

/**
 * What is kept on this phone: actions waiting for the network, and those the server refused
 * when they were synced (a parcel cancelled meanwhile), kept until the person has read them.
 */
export function OutboxPanel() {
  const t = useTranslations("offline");
  const { entries, online, lastSync, flush, dismiss } = useOutbox();
  const format = useFormat();
  const pending = entries.filter((e) => e.state === "pending");
  const attention = entries.filter((e) => e.state === "attention");
  if (!entries.length && !lastSync && online) return null;
  return (
    <section aria-labelledby="outbox-title" className="mb-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="outbox-title" className="text-base font-semibold">
        {t("onThisPhone")}
      </h2>
      {online ? null : <p className="mt-1 text-sm text-slate-700">{t("keepGoing")}</p>}
      {pending.length || !online ? (
        <p className="mt-1 text-sm font-medium" data-testid="pending-count">
          {t("waiting", { count: pending.length })}
        </p>
      ) : null}
      {lastSync ? (
        <p className="mt-1 text-sm text-emerald-800" data-testid="last-sync">
          {lastSync}
        </p>
      ) : null}
      {pending.length ? (
        <ul className="mt-2 space-y-1 text-sm text-slate-700">
          {pending.map((e) => (
            <li key={e.id} data-testid="pending-action">
              {t("saved", { action: actionLabel(t, e.action), time: format.time(new Date(e.createdAt)) })}
            </li>
          ))}
        </ul>
      ) : null}
      {pending.length && online ? (
        <Button variant="secondary" className="mt-2" onClick={() => void flush()}>
          {t("sendNow")}
        </Button>
      ) : null}
      {attention.length ? (
        <ul className="mt-3 space-y-2">
          {attention.map((e) => (
            <li
              key={e.id}
              data-testid="attention-action"
              className="flex flex-wrap items-center gap-2 rounded-lg bg-rose-50 p-2 text-sm ring-1 ring-rose-200"
            >
              <span className="flex-1">
                <span className="block font-medium">{actionLabel(t, e.action)}</span>
                <span className="block text-rose-900">{e.problem}</span>
              </span>
              <Button variant="secondary" onClick={() => void dismiss(e.id)}>
                {t("gotIt")}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
