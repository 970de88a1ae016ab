"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { FormError } from "@/app/_components/form-errors";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { setServerErrors } from "@/app/_components/ui/form";
import { percentAsShare } from "@/app/_components/ui/form-values";
import { Input } from "@/app/_components/ui/input";
import { lazyZodResolver, usePreload } from "@/app/_components/ui/lazy-resolver";
import { useForm } from "@/app/_components/ui/use-form";
import { useTRPC } from "@/app/_trpc/client";
import type { ThresholdsInput } from "@/server/domain/performance/schemas";

const resolver = lazyZodResolver(() =>
  import("@/server/domain/performance/schemas").then((m) => m.thresholdsInputSchema),
);

type Thresholds = Omit<ThresholdsInput, "regionId">;

const fields: { key: keyof Thresholds; label: string }[] = [
  { key: "readyOnTimeRate", label: "Ready on time below" },
  { key: "deliveryCompletionRate", label: "Delivery completion below" },
  { key: "proofCompliance", label: "Proof of delivery below" },
];

/** The boxes are in percent; the procedure takes fractions. A blank box is NaN, refused by the schema. */
const asShare = { setValueAs: percentAsShare };

/** A region's alert thresholds, edited in percent, checked with the procedure's schema. */
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
  // The rates start from the boxes' own defaults (in percent), read through `asShare`.
  const form = useForm<ThresholdsInput>({
    resolver,
    defaultValues: { regionId },
  });
  usePreload(resolver);
  const save = useMutation(
    trpc.performance.setThresholds.mutationOptions({
      onSuccess: () => router.refresh(),
      onError: (error) =>
        setServerErrors(
          form.setError,
          error,
          fields.map((f) => f.key),
        ),
    }),
  );
  const errors = form.formState.errors;

  return (
    <form
      className="flex flex-wrap items-start gap-3"
      noValidate
      onFocus={resolver.preload}
      onSubmit={form.handleSubmit((values) => save.mutate(values))}
    >
      <p className="w-full text-body font-medium">{regionName}</p>
      {fields.map((f) => (
        <Field key={f.key} label={`${f.label} (%)`} error={errors[f.key]?.message}>
          <Input
            type="number"
            step="0.1"
            min="0"
            max="100"
            required
            defaultValue={String(Math.round(thresholds[f.key] * 1000) / 10)}
            {...form.register(f.key, asShare)}
            className="w-28"
          />
        </Field>
      ))}
      <Button type="submit" variant="secondary" className="mt-6" disabled={save.isPending}>
        Save thresholds
      </Button>
      <span role="status" className="mt-6 self-center text-body text-fg-muted">
        {save.isSuccess ? "Saved." : ""}
      </span>
      <FormError error={save.error} fields={fields.map((f) => f.key)} />
    </form>
  );
}
