"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FieldError, FormError, fieldErrorsOf } from "@/app/_components/form-errors";
import { useFormat } from "@/app/_components/locale";
import { Button } from "@/app/_components/ui/button";
import { useTRPC } from "@/app/_trpc/client";
import { messageOf, payRateCentsRule } from "@/lib/partner-fields";

const inputClass = "mt-1 block min-h-11 w-40 rounded-lg border border-slate-300 px-2 aria-invalid:border-rose-600";

/** The pay per parcel: the rate in force, its history, and a new rate from a day onward. */
export function PayRate({ code }: { code: string }) {
  const trpc = useTRPC();
  const format = useFormat();
  const router = useRouter();
  const queryClient = useQueryClient();
  const history = useQuery(trpc.partners.payRates.queryOptions({ code }));
  const [rate, setRate] = useState("");
  const [from, setFrom] = useState("");
  const [checked, setChecked] = useState<Record<string, string[]>>({});
  const save = useMutation(
    trpc.partners.setPayRate.mutationOptions({
      onSuccess: () => {
        setRate("");
        setFrom("");
        router.refresh();
        return queryClient.invalidateQueries({ queryKey: trpc.partners.payRates.pathKey() });
      },
    }),
  );
  const errors = { ...fieldErrorsOf(save.error), ...checked };
  const data = history.data;

  function submit(e: React.FormEvent) {
    e.preventDefault();
    // The same rule the server applies, before sending.
    const cents = rate.trim() === "" ? Number.NaN : Math.round(Number(rate) * 100);
    const problem = messageOf(payRateCentsRule, cents);
    setChecked(problem ? { rateCents: [problem] } : {});
    if (problem) return;
    save.mutate({ code, rateCents: cents, ...(from ? { effectiveFrom: from } : {}) });
  }

  return (
    <div className="space-y-3 text-sm">
      {data ? (
        <>
          <p data-testid="pay-rate-current">
            <span className="font-semibold">{format.cents(data.currentCents)}</span> per delivered parcel today (
            {format.dayWithYear(data.today)}).
          </p>
          <table className="w-full max-w-md text-left">
            <caption className="sr-only">Pay rate history</caption>
            <thead className="text-xs text-slate-600">
              <tr>
                <th scope="col" className="py-1">
                  From
                </th>
                <th scope="col" className="py-1 text-right">
                  Per parcel
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="pay-rate-history">
              {data.rates.map((c) => (
                <tr key={c.effectiveFrom ?? "start"}>
                  <td className="py-1">
                    {c.effectiveFrom === null || c.effectiveFrom <= "2000-01-01"
                      ? "The start"
                      : format.dayWithYear(c.effectiveFrom)}
                    {c.upcoming ? " (planned)" : ""}
                  </td>
                  <td className="py-1 text-right tabular-nums">{format.cents(c.rateCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <form className="flex flex-wrap items-start gap-3" onSubmit={submit} noValidate>
        <label className="font-medium">
          New pay per parcel ($)
          <input
            value={rate}
            onChange={(e) => setRate(e.target.value)}
            inputMode="decimal"
            aria-invalid={errors.rateCents ? true : undefined}
            className={inputClass}
          />
          <FieldError messages={errors.rateCents} />
        </label>
        <label className="font-medium">
          Starting on
          <input
            type="date"
            value={from || data?.today || ""}
            min={data?.today}
            onChange={(e) => setFrom(e.target.value)}
            aria-invalid={errors.effectiveFrom ? true : undefined}
            className={inputClass}
          />
          <FieldError messages={errors.effectiveFrom} />
        </label>
        <Button type="submit" className="mt-6" disabled={save.isPending}>
          Set pay rate
        </Button>
      </form>
      <FormError error={save.error} fields={["rateCents", "effectiveFrom"]} />
      <p className="text-slate-600">Deliveries before the start day keep the rate they were earned at.</p>
    </div>
  );
}
