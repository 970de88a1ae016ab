"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useFormat } from "@/app/_components/locale";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useTRPC } from "@/app/_trpc/client";
import type { Formatter } from "@/lib/format";

const when = (format: Formatter, at: Date | null, timeZone: string) => (at ? format.dateTime(at, timeZone) : "Never");

/** The store's people: invite one (a one-time password shown once), see last sign-ins, remove from the store. */
export function StaffManager({ partnerCode, timeZone, myId }: { partnerCode: string; timeZone: string; myId: string }) {
  const format = useFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.staff.list.queryOptions({ partnerCode }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.staff.list.pathKey() });
  const [form, setForm] = useState({ email: "", name: "" });
  const invite = useMutation(
    trpc.staff.invite.mutationOptions({
      onSuccess: () => {
        setForm({ email: "", name: "" });
        void refresh();
      },
    }),
  );
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const remove = useMutation(
    trpc.staff.remove.mutationOptions({
      onSuccess: (r) => setRemoved(`${r.removed} no longer works at ${r.store}.`),
      onSettled: () => {
        setRemoving(null);
        void refresh();
      },
    }),
  );
  const fieldErrors = (invite.error?.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ?? {};

  return (
    <div className="space-y-4">
      <Card title="Invite a person">
        <form
          className="grid gap-3 sm:grid-cols-3 sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            invite.mutate({ partnerCode, ...form });
          }}
        >
          <label className="text-sm" htmlFor="staff-email">
            Email
            <input
              id="staff-email"
              type="email"
              value={form.email}
              onChange={(e) => setForm({ ...form, email: e.target.value })}
              required
              maxLength={254}
              className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 px-2"
            />
            {fieldErrors.email ? <span className="block text-rose-700">{fieldErrors.email[0]}</span> : null}
          </label>
          <label className="text-sm" htmlFor="staff-name">
            Name
            <input
              id="staff-name"
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
              required
              maxLength={200}
              className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 px-2"
            />
            {fieldErrors.name ? <span className="block text-rose-700">{fieldErrors.name[0]}</span> : null}
          </label>
          <Button type="submit" disabled={invite.isPending}>
            Invite
          </Button>
        </form>
        {invite.data ? (
          <div role="status" className="mt-3 rounded-lg bg-emerald-50 p-3 text-sm ring-1 ring-emerald-200">
            {invite.data.temporaryPassword ? (
              <>
                <p>
                  {invite.data.email} can sign in with this one-time password. It is shown only now: pass it on in
                  person.
                </p>
                <label className="mt-2 block font-medium" htmlFor="one-time-password">
                  One-time password
                </label>
                <input
                  id="one-time-password"
                  readOnly
                  value={invite.data.temporaryPassword}
                  onFocus={(e) => e.currentTarget.select()}
                  className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-2 font-mono sm:w-80"
                />
              </>
            ) : (
              <p>{invite.data.email} now works at this store too, with the password they already have.</p>
            )}
          </div>
        ) : null}
        {invite.error && !Object.keys(fieldErrors).length ? (
          <p role="alert" className="mt-3 text-sm text-rose-700">
            {invite.error.message}
          </p>
        ) : null}
      </Card>

      <Card title={`People at ${data.partner.name}`}>
        {removed ? (
          <p role="status" className="mb-2 text-sm text-slate-700">
            {removed}
          </p>
        ) : null}
        {remove.error ? (
          <p role="alert" className="mb-2 text-sm text-rose-700">
            {remove.error.message}
          </p>
        ) : null}
        <table className="w-full text-left text-sm">
          <thead className="text-slate-600">
            <tr>
              <th className="py-2 font-medium">Name</th>
              <th className="py-2 font-medium">Email</th>
              <th className="py-2 font-medium">Last signed in</th>
              <th className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.people.map((p) => (
              <tr key={p.id} data-testid="staff-row">
                <td className="py-2 font-medium">
                  {p.name}
                  {p.role === "store_owner" ? <span className="ml-2 text-slate-600">(owner)</span> : null}
                  {p.active ? null : <span className="ml-2 text-rose-700">(disabled)</span>}
                </td>
                <td className="py-2">{p.email}</td>
                <td className="py-2">{when(format, p.lastSignedInAt, timeZone)}</td>
                <td className="py-2 text-right">
                  {p.id !== myId && p.role === "store_staff" ? (
                    <Button
                      variant="secondary"
                      aria-label={`Remove from store: ${p.name}`}
                      onClick={() => setRemoving({ id: p.id, name: p.name })}
                    >
                      Remove from store
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>

      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? ""} from ${data.partner.name}?`}
        confirmLabel="Remove from store"
        pending={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ partnerCode, userId: removing.id })}
      >
        They will no longer see or work on this store. Their account and any other stores they work at stay as they are.
      </ConfirmDialog>
    </div>
  );
}
