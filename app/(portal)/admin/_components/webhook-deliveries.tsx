"use client";

import { useMutation } from "@tanstack/react-query";
import { useFormat } from "@/app/_components/locale";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/card";
import { ScrollRegion } from "@/app/_components/ui/scroll-region";
import { useTRPC } from "@/app/_trpc/client";
import { FormError } from "./form-bits";

const statusLabel = {
  pending: { text: "pending", tone: "bg-amber-100 text-amber-900" },
  succeeded: { text: "succeeded", tone: "bg-emerald-100 text-emerald-900" },
  // Every retry over three days failed: nothing more is sent unless someone redelivers it.
  failed: { text: "gave up", tone: "bg-rose-700 text-white" },
} as const;

type Delivery = {
  id: string;
  eventType: string;
  status: keyof typeof statusLabel;
  attemptCount: number;
  nextAttemptAt: Date;
  createdAt: Date;
  attempts: {
    id: number;
    attemptedAt: Date;
    responseStatus: number | null;
    error: string | null;
    durationMs: number;
  }[];
};

export function DeliveriesTable({ deliveries, onChange }: { deliveries: Delivery[]; onChange: () => void }) {
  const trpc = useTRPC();
  const format = useFormat();
  const redeliver = useMutation(trpc.admin.hooks.redeliver.mutationOptions({ onSuccess: onChange }));
  if (deliveries.length === 0) return <EmptyState title="Nothing sent yet" />;
  return (
    <ScrollRegion label="Webhook deliveries">
      <FormError error={redeliver.error} />
      <table className="w-full text-left text-sm">
        <thead className="text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Event
            </th>
            <th scope="col" className="py-2 pr-3">
              Status
            </th>
            <th scope="col" className="py-2 pr-3">
              Queued
            </th>
            <th scope="col" className="py-2 pr-3">
              Attempts
            </th>
            <th scope="col" className="py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {deliveries.map((d) => (
            <tr key={d.id} className={`align-top ${d.status === "failed" ? "bg-rose-50" : ""}`}>
              <td className="py-2 pr-3">
                <code>{d.eventType}</code>
              </td>
              <td className="py-2 pr-3">
                <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${statusLabel[d.status].tone}`}>
                  {statusLabel[d.status].text}
                </span>
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">{format.dateTime(d.createdAt)}</td>
              <td className="py-2 pr-3">
                {d.attempts.length === 0 ? (
                  <span className="text-slate-500">none yet</span>
                ) : (
                  <ol className="space-y-0.5">
                    {d.attempts.slice(-5).map((a) => (
                      <li key={a.id}>
                        {format.time(a.attemptedAt)} · {a.responseStatus ?? "no answer"}
                        {a.error ? ` · ${a.error}` : ""} · {a.durationMs} ms
                      </li>
                    ))}
                  </ol>
                )}
                {d.attempts.length > 5 ? <p className="text-slate-600">{d.attemptCount} attempts in all</p> : null}
                {d.status === "pending" && d.attemptCount > 0 ? (
                  <p className="text-slate-600">next try {format.dateTime(d.nextAttemptAt)}</p>
                ) : null}
              </td>
              <td className="py-2 text-right">
                {d.status === "pending" && d.attemptCount === 0 ? null : (
                  <Button
                    variant="secondary"
                    disabled={redeliver.isPending}
                    onClick={() => redeliver.mutate({ deliveryId: d.id })}
                  >
                    Redeliver
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
