"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { useTRPC } from "@/app/_trpc/client";

const statusTone = {
  pending: "bg-amber-100 text-amber-900",
  succeeded: "bg-emerald-100 text-emerald-900",
  failed: "bg-rose-100 text-rose-900",
} as const;

/** `eventTypes` comes from the server, so the schema module stays out of the browser bundle. */
export function WebhooksAdmin({ eventTypes }: { eventTypes: readonly string[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery({ ...trpc.admin.webhooks.queryOptions(), refetchInterval: 5_000 });
  const { data: carriers } = useSuspenseQuery(trpc.admin.carriers.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.webhooks.pathKey() });
  const add = useMutation(trpc.admin.addWebhook.mutationOptions({ onSuccess: () => refresh() }));
  const toggle = useMutation(trpc.admin.setWebhookActive.mutationOptions({ onSuccess: () => refresh() }));
  const [form, setForm] = useState({
    carrierId: carriers[0]?.id ?? "",
    url: "",
    eventTypes: [...eventTypes],
  });
  const fieldErrors = (add.error?.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ?? {};

  return (
    <div className="space-y-4">
      <Card title="Add a webhook endpoint">
        <form
          className="grid gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate(form as Parameters<typeof add.mutate>[0], { onSuccess: () => setForm({ ...form, url: "" }) });
          }}
        >
          <div>
            <label htmlFor="carrier" className="block text-sm font-medium">
              Carrier
            </label>
            <select
              id="carrier"
              value={form.carrierId}
              onChange={(e) => setForm({ ...form, carrierId: e.target.value })}
              className="mt-1 min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3"
            >
              {carriers.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="url" className="block text-sm font-medium">
              Endpoint URL
            </label>
            <input
              id="url"
              type="url"
              value={form.url}
              onChange={(e) => setForm({ ...form, url: e.target.value })}
              placeholder="https://carrier.example/handoff-events"
              aria-invalid={fieldErrors.url ? true : undefined}
              className="mt-1 min-h-11 w-full rounded-lg border border-slate-300 px-3"
            />
            {fieldErrors.url ? <p className="mt-1 text-sm text-rose-700">{fieldErrors.url[0]}</p> : null}
          </div>
          <fieldset>
            <legend className="text-sm font-medium">Events</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
              {eventTypes.map((type) => (
                <label key={type} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="size-5"
                    checked={form.eventTypes.includes(type)}
                    onChange={(e) =>
                      setForm({
                        ...form,
                        eventTypes: e.target.checked
                          ? [...form.eventTypes, type]
                          : form.eventTypes.filter((t) => t !== type),
                      })
                    }
                  />
                  <code>{type}</code>
                </label>
              ))}
            </div>
            {fieldErrors.eventTypes ? <p className="mt-1 text-sm text-rose-700">{fieldErrors.eventTypes[0]}</p> : null}
          </fieldset>
          {add.error && !Object.keys(fieldErrors).length ? (
            <p role="alert" className="text-sm text-rose-700">
              {add.error.message}
            </p>
          ) : null}
          <div>
            <Button type="submit" disabled={add.isPending}>
              Add endpoint
            </Button>
          </div>
        </form>
      </Card>

      <Card title="Endpoints">
        {data.subscriptions.length === 0 ? (
          <EmptyState title="No webhook endpoints yet" />
        ) : (
          <ul className="divide-y divide-slate-100">
            {data.subscriptions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-3 py-2 text-sm">
                <span className="font-medium">{s.carrierName}</span>
                <code className="break-all">{s.url}</code>
                <span className="text-slate-600">{s.eventTypes.join(", ")}</span>
                <details className="text-slate-600">
                  <summary className="cursor-pointer">Signing secret</summary>
                  <code className="break-all">{s.secret}</code>
                </details>
                <Button
                  variant="secondary"
                  className="ml-auto"
                  onClick={() => toggle.mutate({ id: s.id, active: !s.active })}
                >
                  {s.active ? "Pause" : "Resume"}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title="Recent deliveries">
        {data.deliveries.length === 0 ? (
          <EmptyState title="Nothing sent yet" />
        ) : (
          <div className="overflow-x-auto">
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
                  <th scope="col" className="py-2">
                    Attempts
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.deliveries.map((d) => (
                  <tr key={d.id} className="align-top">
                    <td className="py-2 pr-3">
                      <code>{d.eventType}</code>
                    </td>
                    <td className="py-2 pr-3">
                      <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${statusTone[d.status]}`}>
                        {d.status}
                      </span>
                    </td>
                    <td className="py-2 pr-3 whitespace-nowrap">{d.createdAt.toLocaleString()}</td>
                    <td className="py-2">
                      {d.attempts.length === 0 ? (
                        <span className="text-slate-500">none yet</span>
                      ) : (
                        <ol className="space-y-0.5">
                          {d.attempts.map((a) => (
                            <li key={a.id}>
                              {a.attemptedAt.toLocaleTimeString()} · {a.responseStatus ?? "no answer"}
                              {a.error ? ` · ${a.error}` : ""} · {a.durationMs} ms
                            </li>
                          ))}
                        </ol>
                      )}
                      {d.status === "pending" && d.attemptCount > 0 ? (
                        <p className="text-slate-600">next try {d.nextAttemptAt.toLocaleTimeString()}</p>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
