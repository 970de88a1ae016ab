"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { FormError } from "@/app/_components/form-errors";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { setServerErrors } from "@/app/_components/ui/form";
import { blankAsUndefined, dollarsAsCents } from "@/app/_components/ui/form-values";
import { Input } from "@/app/_components/ui/input";
import { lazyZodResolver, usePreload } from "@/app/_components/ui/lazy-resolver";
import { Table, TBody, Td, THead, Th, Tr } from "@/app/_components/ui/table";
import { useForm } from "@/app/_components/ui/use-form";
import { useFormat } from "@/app/_components/use-format";
import { useTRPC } from "@/app/_trpc/client";
import type { PayRateChange } from "@/server/domain/partners/schemas";

const resolver = lazyZodResolver(() => import("@/server/domain/partners/schemas").then((m) => m.payRateChangeSchema));

const fields = ["rateCents", "effectiveFrom"] as const;

/** The pay per parcel: the rate in force, its history, and a new rate from a day onward. */
export function PayRate({ code }: { code: string }) {
  const trpc = useTRPC();
  const format = useFormat();
  const router = useRouter();
  const queryClient = useQueryClient();
  const history = useQuery(trpc.partners.payRates.queryOptions({ code }));
  const form = useForm<PayRateChange>({
    resolver,
    defaultValues: { code },
  });
  usePreload(resolver);
  const today = history.data?.today;
  // The start day shows today until another is chosen.
  useEffect(() => {
    if (today && !form.getValues("effectiveFrom")) form.setValue("effectiveFrom", today);
  }, [today, form]);
  const save = useMutation(
    trpc.partners.setPayRate.mutationOptions({
      onSuccess: () => {
        form.reset({ code, effectiveFrom: today });
        router.refresh();
        return queryClient.invalidateQueries({ queryKey: trpc.partners.payRates.pathKey() });
      },
      onError: (error) => setServerErrors(form.setError, error, fields),
    }),
  );
  const errors = form.formState.errors;
  const data = history.data;

  return (
    <div className="space-y-3 text-body">
      {data ? (
        <>
          <p data-testid="pay-rate-current">
            <span className="font-semibold">{format.cents(data.currentCents)}</span> per delivered parcel today (
            {format.dayWithYear(data.today)}).
          </p>
          <Table className="max-w-md">
            <caption className="sr-only">Pay rate history</caption>
            <THead>
              <Tr>
                <Th>From</Th>
                <Th className="text-right">Per parcel</Th>
              </Tr>
            </THead>
            <TBody data-testid="pay-rate-history">
              {data.rates.map((c) => (
                <Tr key={c.effectiveFrom ?? "start"}>
                  <Td>
                    {c.effectiveFrom === null || c.effectiveFrom <= "2000-01-01"
                      ? "The start"
                      : format.dayWithYear(c.effectiveFrom)}
                    {c.upcoming ? " (planned)" : ""}
                  </Td>
                  <Td className="text-right tabular-nums">{format.cents(c.rateCents)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </>
      ) : null}
      <form
        className="flex flex-wrap items-start gap-3"
        noValidate
        onFocus={resolver.preload}
        onSubmit={form.handleSubmit((values) => save.mutate(values))}
      >
        <Field label="New pay per parcel ($)" error={errors.rateCents?.message}>
          <Input {...form.register("rateCents", { setValueAs: dollarsAsCents })} inputMode="decimal" className="w-40" />
        </Field>
        <Field label="Starting on" error={errors.effectiveFrom?.message}>
          <Input
            type="date"
            {...form.register("effectiveFrom", { setValueAs: blankAsUndefined })}
            min={today}
            className="w-44"
          />
        </Field>
        <Button type="submit" className="mt-6" disabled={save.isPending}>
          Set pay rate
        </Button>
      </form>
      <FormError error={save.error} fields={fields} />
      <p className="text-fg-muted">Deliveries before the start day keep the rate they were earned at.</p>
    </div>
  );
}
