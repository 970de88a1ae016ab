"use client";

import { useMutation } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useState } from "react";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { lazyZodResolver, usePreload } from "@/app/_components/ui/lazy-resolver";
import { useToast } from "@/app/_components/ui/toast";
import { useForm } from "@/app/_components/ui/use-form";
import { whenIdle } from "@/app/_components/ui/when-idle";
import { useTRPC } from "@/app/_trpc/client";
import type { WebhookEventType } from "@/lib/enums";
import type { UpdateWebhookInput } from "@/server/domain/webhooks/admin-schemas";
import { FormError } from "./form-bits";

type Endpoint = {
  id: string;
  carrierName: string;
  url: string;
  secret: string;
  eventTypes: WebhookEventType[];
  active: boolean;
};

const resolver = lazyZodResolver(() =>
  import("@/server/domain/webhooks/admin-schemas").then((m) => m.updateWebhookInput),
);

// The edit form and a rotated secret's box are shown only after a press: their code is fetched
// once the page is idle, not with the page.
const loadForm = () => import("./webhook-endpoint-form");
const EndpointForm = lazy(() => loadForm().then((m) => ({ default: m.EndpointForm })));
const loadSecretField = () => import("./secret-field");
const SecretField = lazy(() => loadSecretField().then((m) => ({ default: m.SecretField })));

/** One endpoint: edit, pause/resume, send a test event, rotate the secret, delete (confirmed). */
export function EndpointRow({
  endpoint,
  eventTypes,
  onChange,
}: {
  endpoint: Endpoint;
  eventTypes: readonly WebhookEventType[];
  onChange: () => void;
}) {
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [pausing, setPausing] = useState(false);
  const { toast } = useToast();
  const form = useForm<UpdateWebhookInput>({
    resolver,
    defaultValues: { id: endpoint.id, url: endpoint.url, eventTypes: endpoint.eventTypes },
  });
  usePreload(resolver);
  useEffect(() => whenIdle(() => Promise.all([loadForm(), loadSecretField()])), []);
  const [rotated, setRotated] = useState<string | null>(null);
  const pause = useMutation(
    trpc.admin.hooks.pause.mutationOptions({
      onSuccess: () => {
        setPausing(false);
        return onChange();
      },
    }),
  );
  const resume = useMutation(trpc.admin.hooks.resume.mutationOptions({ onSuccess: onChange }));
  const remove = useMutation(
    trpc.admin.hooks.delete.mutationOptions({
      onSuccess: () => {
        setDeleting(false);
        return onChange();
      },
    }),
  );
  const rotate = useMutation(
    trpc.admin.hooks.rotateSecret.mutationOptions({
      onSuccess: (r) => {
        setRotated(r.secret);
        return onChange();
      },
    }),
  );
  const sendTest = useMutation(trpc.admin.hooks.test.mutationOptions({ onSuccess: onChange }));

  return (
    <li className="space-y-2 py-3 text-body">
      <div className="flex flex-wrap items-center gap-3">
        <span className="font-medium">{endpoint.carrierName}</span>
        <code className="break-all">{endpoint.url}</code>
        {endpoint.active ? null : <Badge>Paused</Badge>}
        <span className="text-fg-muted">{endpoint.eventTypes.join(", ")}</span>
        <details className="text-fg-muted">
          <summary className="cursor-pointer">Signing secret</summary>
          <code className="break-all">{endpoint.secret}</code>
        </details>
        <span className="ml-auto flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setEditing(!editing)}>
            Edit
          </Button>
          <Button
            variant="secondary"
            onClick={() => (endpoint.active ? setPausing(true) : resume.mutate({ id: endpoint.id }))}
          >
            {endpoint.active ? "Pause" : "Resume"}
          </Button>
          <Button variant="secondary" onClick={() => sendTest.mutate({ id: endpoint.id })}>
            Send test event
          </Button>
          <Button variant="secondary" onClick={() => rotate.mutate({ id: endpoint.id })}>
            Rotate secret
          </Button>
          <Button variant="secondary" onClick={() => setDeleting(true)}>
            Delete
          </Button>
        </span>
      </div>
      <FormError error={pause.error ?? resume.error ?? rotate.error ?? sendTest.error} />
      {sendTest.isSuccess ? (
        <p role="status" className="text-fg">
          Test event queued: it appears under Deliveries once sent.
        </p>
      ) : null}
      {rotated ? (
        <Suspense fallback={null}>
          <SecretField
            label="New signing secret"
            value={rotated}
            note="For 24 hours each event is signed with both the new and the old secret (two v1= values), so the receiver can switch over."
          />
        </Suspense>
      ) : null}
      {editing ? (
        <Suspense fallback={null}>
          <EndpointForm
            form={form}
            resolver={resolver}
            eventTypes={eventTypes}
            onSaved={() => {
              setEditing(false);
              toast({ title: "Endpoint saved" });
              return onChange();
            }}
          />
        </Suspense>
      ) : null}
      <ConfirmDialog
        open={pausing}
        title="Pause this webhook endpoint?"
        confirmLabel="Pause endpoint"
        pending={pause.isPending}
        onCancel={() => setPausing(false)}
        onConfirm={() => pause.mutate({ id: endpoint.id })}
      >
        <p>
          {endpoint.carrierName} stops receiving events at {endpoint.url} until it is resumed; events that happen
          meanwhile are not sent to it.
        </p>
        <FormError error={pause.error} />
      </ConfirmDialog>
      <ConfirmDialog
        open={deleting}
        title="Delete this webhook endpoint?"
        confirmLabel="Delete endpoint"
        pending={remove.isPending}
        onCancel={() => setDeleting(false)}
        onConfirm={() => remove.mutate({ id: endpoint.id })}
      >
        <p>
          {endpoint.carrierName} stops receiving events at {endpoint.url}, and its delivery history is removed.
        </p>
        <FormError error={remove.error} />
      </ConfirmDialog>
    </li>
  );
}
