"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { setServerErrors } from "@/app/_components/ui/form";
import { Input } from "@/app/_components/ui/input";
import type { LazyResolver } from "@/app/_components/ui/lazy-resolver";
import type { Form } from "@/app/_components/ui/use-form";
import { useTRPC } from "@/app/_trpc/client";
import type { WebhookEventType } from "@/lib/enums";
import type { UpdateWebhookInput, updateWebhookInput } from "@/server/domain/webhooks/admin-schemas";
import { EventTypesField } from "./event-types-field";
import { FormError } from "./form-bits";

const fields = ["url", "eventTypes"] as const;

/**
 * An endpoint's edit form, loaded at the first press of its "Edit". The row keeps the form's
 * values, so an edit put aside is still there when the form opens again.
 */
export function EndpointForm({
  form,
  resolver,
  eventTypes,
  onSaved,
}: {
  form: Form<UpdateWebhookInput>;
  resolver: LazyResolver<typeof updateWebhookInput>;
  eventTypes: readonly WebhookEventType[];
  onSaved: () => unknown;
}) {
  const trpc = useTRPC();
  const update = useMutation(
    trpc.admin.hooks.update.mutationOptions({
      onSuccess: onSaved,
      onError: (error) => setServerErrors(form.setError, error, fields),
    }),
  );
  return (
    <form
      className="grid gap-2"
      noValidate
      onFocus={resolver.preload}
      onSubmit={form.handleSubmit((values) => update.mutate(values))}
    >
      <Field label="Endpoint URL" error={form.formState.errors.url?.message}>
        <Input type="url" {...form.register("url")} />
      </Field>
      <EventTypesField eventTypes={eventTypes} {...form.control("eventTypes")} />
      <FormError error={update.error} fields={fields} />
      <div>
        <Button type="submit" disabled={update.isPending}>
          Save endpoint
        </Button>
      </div>
    </form>
  );
}
