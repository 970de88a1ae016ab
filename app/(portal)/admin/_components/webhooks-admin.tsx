"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { Pagination } from "@/app/_components/ui/pagination";
import { useTRPC } from "@/app/_trpc/client";
import { DeliveriesTable } from "./webhook-deliveries";
import { EndpointRow } from "./webhook-endpoint";

/** `eventTypes` comes from the server, so the schema module stays out of the browser bundle. */
export function WebhooksAdmin({ eventTypes, page }: { eventTypes: readonly string[]; page: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery({ ...trpc.admin.webhooks.queryOptions({ page }), refetchInterval: 5_000 });
  const { data: carriers } = useSuspenseQuery(trpc.admin.carriers.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.webhooks.pathKey() });
  const add = useMutation(trpc.admin.hooks.create.mutationOptions({ onSuccess: () => refresh() }));
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
              <EndpointRow key={s.id} endpoint={s} eventTypes={eventTypes} onChange={refresh} />
            ))}
          </ul>
        )}
      </Card>

      <Card title="Recent deliveries">
        <DeliveriesTable deliveries={data.deliveries} onChange={refresh} />
        {data.deliveriesPage.total > 0 ? (
          <Pagination
            label="Deliveries pages"
            {...data.deliveriesPage}
            href={(p) => (p === 1 ? "/admin/webhooks" : `/admin/webhooks?page=${p}`)}
          />
        ) : null}
      </Card>
    </div>
  );
}
