"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormat } from "@/app/_components/locale";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useTRPC } from "@/app/_trpc/client";

/** The store's people: invite one (a one-time password shown once), see last sign-ins, remove from the store. */
export function StaffManager({ partnerCode, timeZone, myId }: { partnerCode: string; timeZone: string; myId: string }) {
  const t = useTranslations("staff");
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
      onSuccess: (r) => setRemoved(t("removed", { name: r.removed, store: r.store })),
      onSettled: () => {
        setRemoving(null);
        void refresh();
      },
    }),
  );
  const fieldErrors = (invite.error?.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ?? {};

  return (
    <div className="space-y-4">
      <Card title={t("inviteTitle")}>
        <form
          className="grid gap-3 sm:grid-cols-3 sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            invite.mutate({ partnerCode, ...form });
          }}
        >
          <label className="text-sm" htmlFor="staff-email">
            {t("email")}
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
            {t("name")}
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
            {t("invite")}
          </Button>
        </form>
        {invite.data ? (
          <div role="status" className="mt-3 rounded-lg bg-emerald-50 p-3 text-sm ring-1 ring-emerald-200">
            {invite.data.temporaryPassword ? (
              <>
                <p>{t("oneTimeIntro", { email: invite.data.email })}</p>
                <label className="mt-2 block font-medium" htmlFor="one-time-password">
                  {t("oneTimePassword")}
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
              <p>{t("addedWithPassword", { email: invite.data.email })}</p>
            )}
          </div>
        ) : null}
        {invite.error && !Object.keys(fieldErrors).length ? (
          <p role="alert" className="mt-3 text-sm text-rose-700">
            {invite.error.message}
          </p>
        ) : null}
      </Card>

      <Card title={t("peopleAt", { store: data.partner.name })}>
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
              <th className="py-2 font-medium">{t("name")}</th>
              <th className="py-2 font-medium">{t("email")}</th>
              <th className="py-2 font-medium">{t("lastSignedIn")}</th>
              <th className="py-2">
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.people.map((p) => (
              <tr key={p.id} data-testid="staff-row">
                <td className="py-2 font-medium">
                  {p.name}
                  {p.role === "store_owner" ? <span className="ml-2 text-slate-600">{t("owner")}</span> : null}
                  {p.active ? null : <span className="ml-2 text-rose-700">{t("disabled")}</span>}
                </td>
                <td className="py-2">{p.email}</td>
                <td className="py-2">{p.lastSignedInAt ? format.dateTime(p.lastSignedInAt, timeZone) : t("never")}</td>
                <td className="py-2 text-right">
                  {p.id !== myId && p.role === "store_staff" ? (
                    <Button
                      variant="secondary"
                      aria-label={t("removeFromStoreOf", { name: p.name })}
                      onClick={() => setRemoving({ id: p.id, name: p.name })}
                    >
                      {t("removeFromStore")}
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
        title={t("removeTitle", { name: removing?.name ?? "", store: data.partner.name })}
        confirmLabel={t("removeFromStore")}
        pending={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ partnerCode, userId: removing.id })}
      >
        {t("removeBody")}
      </ConfirmDialog>
    </div>
  );
}
