"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { useFormat } from "@/app/_components/use-format";
import { useTRPC } from "@/app/_trpc/client";

/** The store's closure days (at most five a year), set ahead of time. */
export function ClosureDays({ code }: { code: string }) {
  const t = useTranslations("store");
  const trpc = useTRPC();
  const format = useFormat();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.partners.closureDays.queryOptions({ code }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.partners.closureDays.pathKey() });
  const add = useMutation(trpc.partners.addClosureDay.mutationOptions({ onSuccess: () => refresh() }));
  const [removing, setRemoving] = useState<string | null>(null);
  const remove = useMutation(
    trpc.partners.removeClosureDay.mutationOptions({
      onSuccess: () => {
        setRemoving(null);
        return refresh();
      },
    }),
  );
  const error = add.error;

  return (
    <div className="space-y-3">
      <ul className="divide-y divide-slate-100 text-sm" aria-label={t("closureDays")}>
        {(list.data ?? []).map((c) => (
          <li key={c.day} className="flex items-center gap-3 py-2" data-testid="closure-day">
            <span className="font-medium tabular-nums">{format.dayWithYear(c.day)}</span>
            <span className="text-slate-600">{c.reason}</span>
            <Button variant="ghost" className="ml-auto" onClick={() => setRemoving(c.day)}>
              {t("remove")}
            </Button>
          </li>
        ))}
        {list.data?.length === 0 ? <li className="py-2 text-slate-600">{t("noClosureDays")}</li> : null}
      </ul>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          // Read from the form, not state: a day typed before the page finished loading still counts.
          const form = e.currentTarget;
          const values = new FormData(form);
          const reason = String(values.get("reason") ?? "").trim();
          add.mutate(
            { code, day: String(values.get("day") ?? ""), reason: reason || undefined },
            {
              // The day stays (a second add of it is refused by name); the reason was for that day only.
              onSuccess: () => {
                const reasonField = form.elements.namedItem("reason");
                if (reasonField instanceof HTMLInputElement) reasonField.value = "";
              },
            },
          );
        }}
      >
        {/* Uncontrolled, with names: the submit reads them from the form. */}
        <Field label={t("closedOn")}>
          <Input type="date" name="day" required className="w-auto" />
        </Field>
        <Field label={t("reasonOptional")}>
          <Input name="reason" className="w-auto" />
        </Field>
        <Button type="submit" disabled={add.isPending}>
          {t("addClosureDay")}
        </Button>
      </form>
      {error ? (
        <p role="alert" className="text-body text-danger">
          {error.message}
        </p>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={t("removeTitle", { day: removing ? format.dayWithYear(removing) : "" })}
        confirmLabel={t("removeClosureDay")}
        pending={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ code, day: removing })}
      >
        <p>{t("removeBody")}</p>
        {remove.error ? (
          <p role="alert" className="mt-2 text-danger">
            {remove.error.message}
          </p>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
