"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { setServerErrors } from "@/app/_components/ui/form";
import { Input } from "@/app/_components/ui/input";
import { lazyZodResolver, usePreload } from "@/app/_components/ui/lazy-resolver";
import { useToast } from "@/app/_components/ui/toast";
import { useForm } from "@/app/_components/ui/use-form";
import { useTRPC } from "@/app/_trpc/client";
import { FormError } from "../../_components/form-bits";
import { TimeZoneSelect } from "../../_components/time-zone-select";

const resolver = lazyZodResolver(() => import("@/server/domain/regions/schemas").then((m) => m.regionFields));

type Region = { id: string; name: string; timeZone: string };

/** Create a region (no `region`) or rename one / change its time zone. */
function RegionForm({ region, timeZones, onDone }: { region?: Region; timeZones: string[]; onDone?: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  // The create procedure's own schema; an edit adds only the id.
  const form = useForm({
    resolver,
    defaultValues: { name: region?.name ?? "", timeZone: region?.timeZone ?? "America/Chicago" },
  });
  usePreload(resolver);
  const options = {
    onSuccess: async () => {
      if (!region) form.reset({ name: "", timeZone: form.getValues("timeZone") });
      toast({ title: region ? "Region saved" : "Region created" });
      await queryClient.invalidateQueries({ queryKey: trpc.admin.regions.list.queryKey() });
      onDone?.();
    },
    onError: (error: unknown) => setServerErrors(form.setError, error, ["name", "timeZone"]),
  };
  const create = useMutation(trpc.admin.regions.create.mutationOptions(options));
  const update = useMutation(trpc.admin.regions.update.mutationOptions(options));
  const error = region ? update.error : create.error;
  return (
    <form
      className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      noValidate
      onFocus={resolver.preload}
      onSubmit={form.handleSubmit((values) =>
        region ? update.mutate({ id: region.id, ...values }) : create.mutate(values),
      )}
    >
      <Field label="Region name" error={form.formState.errors.name?.message}>
        <Input {...form.register("name")} required />
      </Field>
      <TimeZoneSelect
        label="Default time zone"
        timeZones={timeZones}
        error={form.formState.errors.timeZone?.message}
        {...form.register("timeZone")}
      />
      <Button type="submit" disabled={create.isPending || update.isPending}>
        {region ? "Save region" : "Create region"}
      </Button>
      <div className="sm:col-span-3">
        <FormError error={error} fields={["name", "timeZone"]} />
      </div>
    </form>
  );
}

export function RegionsAdmin({ timeZones }: { timeZones: string[] }) {
  const trpc = useTRPC();
  const { data: regions } = useSuspenseQuery(trpc.admin.regions.list.queryOptions());
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      <Card title="New region">
        <RegionForm timeZones={timeZones} />
      </Card>
      <Card title="Regions">
        {regions.length === 0 ? (
          <EmptyState title="No regions yet" />
        ) : (
          <ul className="divide-y divide-border">
            {regions.map((r) => (
              <li key={r.id} className="py-3">
                {editing === r.id ? (
                  <RegionForm region={r} timeZones={timeZones} onDone={() => setEditing(null)} />
                ) : (
                  <div className="flex flex-wrap items-center gap-3 text-body">
                    <span className="font-medium text-fg">{r.name}</span>
                    <span className="text-fg-muted">{r.timeZone}</span>
                    <span className="text-fg-muted">
                      {r.malls} malls · {r.partners} partners
                    </span>
                    <Button variant="secondary" className="ml-auto" onClick={() => setEditing(r.id)}>
                      Edit <span className="sr-only">{r.name}</span>
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
