"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useTRPC } from "@/app/_trpc/client";

/** A partner's store accounts: give someone access, take them off this store, or disable an account. */
export function StorePeople({ code }: { code: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const people = useQuery(trpc.partners.users.queryOptions({ code }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.partners.users.pathKey() });
  const invite = useMutation(trpc.partners.inviteUser.mutationOptions({ onSuccess: () => refresh() }));
  const [asking, setAsking] = useState<{ kind: "disable" | "remove"; id: string; name: string } | null>(null);
  const done = {
    onSuccess: () => {
      setAsking(null);
      return refresh();
    },
  };
  const toggle = useMutation(trpc.partners.setUserActive.mutationOptions(done));
  const remove = useMutation(trpc.partners.removeUser.mutationOptions(done));
  const [form, setForm] = useState({ name: "", email: "", role: "store_staff" as "store_staff" | "store_owner" });
  const fieldErrors = (invite.error?.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ?? {};

  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-100 text-sm">
        {(people.data ?? []).map((p) => (
          <li key={p.id} className="flex flex-wrap items-center gap-3 py-2">
            <span className="font-medium">{p.name}</span>
            <span className="text-slate-600">{p.email}</span>
            <span className="text-slate-600">{p.role === "store_owner" ? "Owner" : "Staff"}</span>
            {p.active ? null : <span className="text-rose-700">disabled</span>}
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
        className="grid gap-3 sm:grid-cols-4 sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          invite.mutate({ code, ...form }, { onSuccess: () => setForm({ ...form, name: "", email: "" }) });
        }}
      >
        <label className="text-sm">
          Name
          <input
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
            required
            className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 px-2"
          />
          {fieldErrors.name ? <span className="block text-rose-700">{fieldErrors.name[0]}</span> : null}
        </label>
        <label className="text-sm">
          Email
          <input
            type="email"
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
            required
            className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 px-2"
          />
          {fieldErrors.email ? <span className="block text-rose-700">{fieldErrors.email[0]}</span> : null}
        </label>
        <label className="text-sm">
          Role
          <select
            value={form.role}
            onChange={(e) => setForm({ ...form, role: e.target.value as typeof form.role })}
            className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-2"
          >
            <option value="store_staff">Staff</option>
            <option value="store_owner">Owner</option>
          </select>
        </label>
        <Button type="submit" disabled={invite.isPending}>
          Give access
        </Button>
      </form>
      {invite.data ? (
        <p role="status" className="rounded-lg bg-emerald-50 p-3 text-sm ring-1 ring-emerald-200">
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
          <p role="alert" className="mt-2 text-rose-700">
            {(toggle.error ?? remove.error)?.message}
          </p>
        ) : null}
      </ConfirmDialog>
      {invite.error && !Object.keys(fieldErrors).length ? (
        <p role="alert" className="text-sm text-rose-700">
          {invite.error.message}
        </p>
      ) : null}
    </div>
  );
}
