"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { Table, TBody, Td, THead, Th, Tr } from "@/app/_components/ui/table";
import { useFormat } from "@/app/_components/use-format";
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
          <Field label={t("email")} error={fieldErrors.email}>
            <Input
              type="email"
              value={form.email}
              onChange={(e) => setForm({ ...form, email: e.target.value })}
              required
              maxLength={254}
            />
          </Field>
          <Field label={t("name")} error={fieldErrors.name}>
            <Input
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
              required
              maxLength={200}
            />
          </Field>
          <Button type="submit" disabled={invite.isPending}>
            {t("invite")}
          </Button>
        </form>
        {invite.data ? (
          <div role="status" className="mt-3 rounded-control bg-success-soft p-3 text-body ring-1 ring-emerald-200">
            {invite.data.temporaryPassword ? (
              <>
                <p>{t("oneTimeIntro", { email: invite.data.email })}</p>
                <Field label={t("oneTimePassword")} className="mt-2">
                  <Input
                    readOnly
                    value={invite.data.temporaryPassword}
                    onFocus={(e) => e.currentTarget.select()}
                    className="w-full font-mono sm:w-80"
                  />
                </Field>
              </>
            ) : (
              <p>{t("addedWithPassword", { email: invite.data.email })}</p>
            )}
          </div>
        ) : null}
        {invite.error && !Object.keys(fieldErrors).length ? (
          <p role="alert" className="mt-3 text-body text-danger">
            {invite.error.message}
          </p>
        ) : null}
      </Card>

      <Card title={t("peopleAt", { store: data.partner.name })}>
        {removed ? (
          <p role="status" className="mb-2 text-body text-fg">
            {removed}
          </p>
        ) : null}
        {remove.error ? (
          <p role="alert" className="mb-2 text-body text-danger">
            {remove.error.message}
          </p>
        ) : null}
        <Table label={t("peopleAt", { store: data.partner.name })}>
          <THead>
            <Tr>
              <Th>{t("name")}</Th>
              <Th>{t("email")}</Th>
              <Th>{t("lastSignedIn")}</Th>
              <Th>
                <span className="sr-only">{t("actions")}</span>
              </Th>
            </Tr>
          </THead>
          <TBody>
            {data.people.map((p) => (
              <Tr key={p.id} data-testid="staff-row">
                <Th scope="row" className="font-medium">
                  {p.name}
                  {p.role === "store_owner" ? <Badge className="ml-2">{t("owner")}</Badge> : null}
                  {p.active ? null : (
                    <Badge tone="danger" className="ml-2">
                      {t("disabled")}
                    </Badge>
                  )}
                </Th>
                <Td>{p.email}</Td>
                <Td>{p.lastSignedInAt ? format.dateTime(p.lastSignedInAt, timeZone) : t("never")}</Td>
                <Td className="text-right">
                  {p.id !== myId && p.role === "store_staff" ? (
                    <Button
                      variant="secondary"
                      aria-label={t("removeFromStoreOf", { name: p.name })}
                      onClick={() => setRemoving({ id: p.id, name: p.name })}
                    >
                      {t("removeFromStore")}
                    </Button>
                  ) : null}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
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
