"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useTRPC } from "@/app/_trpc/client";
import { FormError, fieldErrorsOf, TextField } from "./form-bits";
import { SecretField } from "./secret-field";

type Endpoint = { id: string; carrierName: string; url: string; secret: string; eventTypes: string[]; active: boolean };

/** One endpoint: edit, pause/resume, send a test event, rotate the secret, delete (confirmed). */
export function EndpointRow({
  endpoint,
  eventTypes,
  onChange,
}: {
  endpoint: Endpoint;
  eventTypes: readonly string[];
  onChange: () => void;
}) {
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [pausing, setPausing] = useState(false);
  const [form, setForm] = useState({ url: endpoint.url, eventTypes: endpoint.eventTypes });
  const [rotated, setRotated] = useState<string | null>(null);
  const update = useMutation(
    trpc.admin.hooks.update.mutationOptions({
      onSuccess: () => {
        setEditing(false);
        return onChange();
      },
    }),
  );
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
  const errors = fieldErrorsOf(update.error);

  return (
    <li className="space-y-2 py-3 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        <span className="font-medium">{endpoint.carrierName}</span>
        <code className="break-all">{endpoint.url}</code>
        {endpoint.active ? null : (
          <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-800">Paused</span>
        )}
        <span className="text-slate-600">{endpoint.eventTypes.join(", ")}</span>
        <details className="text-slate-600">
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
        <p role="status" className="text-slate-700">
          Test event queued: it appears under Deliveries once sent.
        </p>
      ) : null}
      {rotated ? (
        <SecretField
          label="New signing secret"
          value={rotated}
          note="For 24 hours each event is signed with both the new and the old secret (two v1= values), so the receiver can switch over."
        />
      ) : null}
      {editing ? (
        <form
          className="grid gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            update.mutate({ id: endpoint.id, ...form } as Parameters<typeof update.mutate>[0]);
          }}
        >
          <TextField
            label="Endpoint URL"
            value={form.url}
            onChange={(url) => setForm({ ...form, url })}
            error={errors.url}
          />
          <fieldset>
            <legend className="text-sm font-medium">Events</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
              {eventTypes.map((type) => (
                <label key={type} className="flex items-center gap-2">
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
            {errors.eventTypes ? <p className="mt-1 text-rose-700">{errors.eventTypes[0]}</p> : null}
          </fieldset>
          <FormError error={update.error} />
          <div>
            <Button type="submit" disabled={update.isPending}>
              Save endpoint
            </Button>
          </div>
        </form>
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
