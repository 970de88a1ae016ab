"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { lazy } from "react";
import { BrowserOnly } from "@/app/_components/browser-only";
import { Button } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { setServerErrors } from "@/app/_components/ui/form";
import { Input } from "@/app/_components/ui/input";
import { lazyZodResolver, usePreload } from "@/app/_components/ui/lazy-resolver";
import { Select } from "@/app/_components/ui/select";
import { useToast } from "@/app/_components/ui/toast";
import { useForm } from "@/app/_components/ui/use-form";
import { useTRPC } from "@/app/_trpc/client";
import type { WebhookEventType } from "@/lib/enums";
import type { CreateWebhookInput } from "@/server/domain/webhooks/admin-schemas";
import { EventTypesField } from "./event-types-field";
import { FormError } from "./form-bits";
import { EndpointRow } from "./webhook-endpoint";

const resolver = lazyZodResolver(() =>
  import("@/server/domain/webhooks/admin-schemas").then((m) => m.createWebhookInput),
);

const fields = ["carrierId", "url", "eventTypes"] as const;

const RecentDeliveries = lazy(() => import("./webhook-deliveries").then((m) => ({ default: m.RecentDeliveries })));

/** `eventTypes` are the subscribable ones, chosen by the server. */
export function WebhooksAdmin({ eventTypes, page }: { eventTypes: readonly WebhookEventType[]; page: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const { data } = useSuspenseQuery({ ...trpc.admin.webhooks.queryOptions({ page }), refetchInterval: 5_000 });
  const { data: carriers } = useSuspenseQuery(trpc.admin.carriers.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.webhooks.pathKey() });
  const form = useForm<CreateWebhookInput>({
    resolver,
    defaultValues: { carrierId: carriers[0]?.id ?? "", url: "", eventTypes: [...eventTypes] },
  });
  usePreload(resolver);
  const add = useMutation(
    trpc.admin.hooks.create.mutationOptions({
      onSuccess: () => {
        form.resetField("url");
        toast({ title: "Endpoint added", description: "Send it a test event to check it answers." });
        return refresh();
      },
      onError: (error) => setServerErrors(form.setError, error, fields),
    }),
  );
  const errors = form.formState.errors;

  return (
    <div className="space-y-4">
      <Card title="Add a webhook endpoint">
        <form
          className="grid gap-3"
          noValidate
          onFocus={resolver.preload}
          onSubmit={form.handleSubmit((values) => add.mutate(values))}
        >
          <Field label="Carrier" error={errors.carrierId?.message}>
            <Select {...form.register("carrierId")}>
              {carriers.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Endpoint URL" error={errors.url?.message}>
            <Input type="url" {...form.register("url")} placeholder="https://carrier.example/handoff-events" />
          </Field>
          <EventTypesField eventTypes={eventTypes} {...form.control("eventTypes")} />
          <FormError error={add.error} fields={fields} />
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
          <ul className="divide-y divide-border">
            {data.subscriptions.map((s) => (
              <EndpointRow key={s.id} endpoint={s} eventTypes={eventTypes} onChange={refresh} />
            ))}
          </ul>
        )}
      </Card>

      <Card title="Recent deliveries">
        <BrowserOnly fallback={<p className="text-body text-fg-muted">Loading deliveries…</p>}>
          <RecentDeliveries deliveries={data.deliveries} deliveriesPage={data.deliveriesPage} onChange={refresh} />
        </BrowserOnly>
      </Card>
    </div>
  );
}
