"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { useTRPC } from "@/app/_trpc/client";

type Thresholds = { readyOnTimeRate: number; deliveryCompletionRate: number; proofCompliance: number };

const fields: { key: keyof Thresholds; label: string }[] = [
  { key: "readyOnTimeRate", label: "Ready on time below" },
  { key: "deliveryCompletionRate", label: "Delivery completion below" },
  { key: "proofCompliance", label: "Proof of delivery below" },
];

/** A region's alert thresholds, edited in percent. */
export function ThresholdsForm({
  regionId,
  regionName,
  thresholds,
}: {
  regionId: string;
  regionName: string;
  thresholds: Thresholds;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState(() =>
    Object.fromEntries(fields.map((f) => [f.key, String(Math.round(thresholds[f.key] * 1000) / 10)])),
  );
  const save = useMutation(trpc.performance.setThresholds.mutationOptions({ onSuccess: () => router.refresh() }));
  const fieldErrors = (save.error?.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ?? {};

  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          regionId,
          ...(Object.fromEntries(fields.map((f) => [f.key, Number(values[f.key]) / 100])) as Thresholds),
        });
      }}
    >
      <p className="w-full text-sm font-medium">{regionName}</p>
      {fields.map((f) => (
        <label key={f.key} className="text-sm">
          {f.label} (%)
          <input
            type="number"
            step="0.1"
            min="0"
            max="100"
            required
            value={values[f.key]}
            onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
            aria-invalid={fieldErrors[f.key] ? true : undefined}
            className="mt-1 block min-h-11 w-28 rounded-lg border border-slate-300 px-2"
          />
          {fieldErrors[f.key] ? <span className="block text-rose-700">{fieldErrors[f.key]![0]}</span> : null}
        </label>
      ))}
      <Button type="submit" variant="secondary" disabled={save.isPending}>
        Save thresholds
      </Button>
      <span role="status" className="text-sm text-slate-600">
        {save.isSuccess ? "Saved." : save.error && !Object.keys(fieldErrors).length ? save.error.message : ""}
      </span>
    </form>
  );
}
