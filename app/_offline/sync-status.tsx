"use client";

import { useFormat } from "@/app/_components/locale";
import { Button } from "@/app/_components/ui/button";
import type { OutboxAction } from "./outbox";
import { useOutbox } from "./outbox-provider";

function actionLabel(action: OutboxAction) {
  if (action.kind === "scan_in") return `Scan in ${action.trackingId}`;
  return action.outcome === "delivered" ? `Delivered ${action.trackingId}` : `Failed attempt ${action.trackingId}`;
}

/** The header's answer to "is everything I did sent?". */
export function SyncBadge() {
  const { entries, online } = useOutbox();
  const pending = entries.filter((e) => e.state === "pending").length;
  const attention = entries.length - pending;
  if (online && !entries.length) return null;
  return (
    <p role="status" data-testid="sync-badge" className="flex flex-wrap gap-1 text-xs font-semibold">
      {online ? null : <span className="rounded-full bg-slate-800 px-2 py-1 text-white">Offline</span>}
      {pending ? (
        <span className="rounded-full bg-amber-100 px-2 py-1 text-amber-900 ring-1 ring-amber-300">
          {pending} waiting to sync
        </span>
      ) : null}
      {attention ? (
        <span className="rounded-full bg-rose-100 px-2 py-1 text-rose-900 ring-1 ring-rose-300">
          {attention} need{attention === 1 ? "s" : ""} attention
        </span>
      ) : null}
    </p>
  );
}

/**
 * What is kept on this phone: actions waiting for the network, and those the server refused
 * when they were synced (a parcel cancelled meanwhile), kept until the person has read them.
 */
export function OutboxPanel() {
  const { entries, online, lastSync, flush, dismiss } = useOutbox();
  const format = useFormat();
  const pending = entries.filter((e) => e.state === "pending");
  const attention = entries.filter((e) => e.state === "attention");
  if (!entries.length && !lastSync && online) return null;
  return (
    <section aria-labelledby="outbox-title" className="mb-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="outbox-title" className="text-base font-semibold">
        On this phone
      </h2>
      {online ? null : (
        <p className="mt-1 text-sm text-slate-700">
          You are offline. Keep scanning and logging: everything is saved here and sent when the network is back.
        </p>
      )}
      {pending.length || !online ? (
        <p className="mt-1 text-sm font-medium" data-testid="pending-count">
          {pending.length} waiting to sync
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
              {actionLabel(e.action)} · saved {format.time(new Date(e.createdAt))}
            </li>
          ))}
        </ul>
      ) : null}
      {pending.length && online ? (
        <Button variant="secondary" className="mt-2" onClick={() => void flush()}>
          Send now
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
                <span className="block font-medium">{actionLabel(e.action)}</span>
                <span className="block text-rose-900">{e.problem}</span>
              </span>
              <Button variant="secondary" onClick={() => void dismiss(e.id)}>
                Got it
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
