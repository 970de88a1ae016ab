"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FormError } from "@/app/_components/form-errors";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { Field } from "@/app/_components/ui/field";
import { setServerErrors } from "@/app/_components/ui/form";
import { Input } from "@/app/_components/ui/input";
import { lazyZodResolver, usePreload } from "@/app/_components/ui/lazy-resolver";
import { Select } from "@/app/_components/ui/select";
import { useForm } from "@/app/_components/ui/use-form";
import { useTRPC } from "@/app/_trpc/client";
import type { StoreUserInvite } from "@/server/domain/partners/schemas";

const resolver = lazyZodResolver(() => import("@/server/domain/partners/schemas").then((m) => m.storeUserInviteSchema));

const fields = ["name", "email", "role"] as const;

/** A partner's store accounts: give someone access, take them off this store, or disable an account. */
export function StorePeople({ code }: { code: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const people = useQuery(trpc.partners.users.queryOptions({ code }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.partners.users.pathKey() });
  const form = useForm<StoreUserInvite>({
    resolver,
    defaultValues: { code, name: "", email: "", role: "store_staff" },
  });
  usePreload(resolver);
  const invite = useMutation(
    trpc.partners.inviteUser.mutationOptions({
      onSuccess: () => {
        form.reset({ code, name: "", email: "", role: form.getValues("role") });
        return refresh();
      },
      onError: (error) => setServerErrors(form.setError, error, fields),
    }),
  );
  const [asking, setAsking] = useState<{ kind: "disable" | "remove"; id: string; name: string } | null>(null);
  const done = {
    onSuccess: () => {
      setAsking(null);
      return refresh();
    },
  };
  const toggle = useMutation(trpc.partners.setUserActive.mutationOptions(done));
  const remove = useMutation(trpc.partners.removeUser.mutationOptions(done));
  const errors = form.formState.errors;

  return (
    <div className="space-y-4">
      <ul className="divide-y divide-border text-body">
        {(people.data ?? []).map((p) => (
          <li key={p.id} className="flex flex-wrap items-center gap-3 py-2">
            <span className="font-medium">{p.name}</span>
            <span className="text-fg-muted">{p.email}</span>
            <span className="text-fg-muted">{p.role === "store_owner" ? "Owner" : "Staff"}</span>
            {p.active ? null : <Badge tone="danger">disabled</Badge>}
            <Button
              variant="secondary"
              className="ml-auto"
              onClick={() =>
                p.active
                  ? setAsking({ kind: "disable", id: p.id, name: p.name })
                  : toggle.mutate({ userId: p.id, active: true })
              }
            >
              {p.active ? `Disable ${p.name}` : `Enable ${p.name}`}
            </Button>
            <Button variant="secondary" onClick={() => setAsking({ kind: "remove", id: p.id, name: p.name })}>
              {`Remove ${p.name} from this store`}
            </Button>
          </li>
        ))}
      </ul>
      <form
        className="grid gap-3 sm:grid-cols-4 sm:items-start"
        noValidate
        onFocus={resolver.preload}
        onSubmit={form.handleSubmit((values) => invite.mutate(values))}
      >
        <Field label="Name" error={errors.name?.message}>
          <Input {...form.register("name")} required />
        </Field>
        <Field label="Email" error={errors.email?.message}>
          <Input type="email" {...form.register("email")} required />
        </Field>
        <Field label="Role" error={errors.role?.message}>
          <Select {...form.register("role")}>
            <option value="store_staff">Staff</option>
            <option value="store_owner">Owner</option>
          </Select>
        </Field>
        <Button type="submit" className="sm:mt-6" disabled={invite.isPending}>
          Give access
        </Button>
      </form>
      {invite.data ? (
        <p role="status" className="rounded-control bg-success-soft p-3 text-body ring-1 ring-emerald-200">
          {invite.data.temporaryPassword
            ? `Account created for ${invite.data.email}. One-time password (shown once): `
            : `${invite.data.email} can now work for this store.`}
          {invite.data.temporaryPassword ? (
            <code className="font-semibold">{invite.data.temporaryPassword}</code>
          ) : null}
        </p>
      ) : null}
      <ConfirmDialog
        open={asking !== null}
        title={asking?.kind === "disable" ? `Disable ${asking.name}?` : `Remove ${asking?.name ?? ""} from this store?`}
        confirmLabel={asking?.kind === "disable" ? "Disable account" : "Remove from store"}
        pending={toggle.isPending || remove.isPending}
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          if (asking?.kind === "disable") toggle.mutate({ userId: asking.id, active: false });
          else if (asking) remove.mutate({ code, userId: asking.id });
        }}
      >
        <p>
          {asking?.kind === "disable"
            ? `${asking.name} is signed out everywhere and cannot sign in until the account is enabled again.`
            : `${asking?.name ?? ""} no longer sees or works on this store. Their account and any other stores stay as they are.`}
        </p>
        {(toggle.error ?? remove.error) ? (
          <p role="alert" className="mt-2 text-danger">
            {(toggle.error ?? remove.error)?.message}
          </p>
        ) : null}
      </ConfirmDialog>
      <FormError error={invite.error} fields={fields} />
    </div>
  );
}
