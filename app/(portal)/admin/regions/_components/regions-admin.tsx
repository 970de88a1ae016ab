"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { useTRPC } from "@/app/_trpc/client";
import { FormError, fieldErrorsOf, TextField } from "../../_components/form-bits";
import { TimeZoneSelect } from "../../_components/time-zone-select";

type Region = { id: string; name: string; timeZone: string };

/** Create a region (no `region`) or rename one / change its time zone. */
function RegionForm({ region, timeZones, onDone }: { region?: Region; timeZones: string[]; onDone?: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(region?.name ?? "");
  const [timeZone, setTimeZone] = useState(region?.timeZone ?? "America/Chicago");
  const options = {
    onSuccess: async () => {
      if (!region) setName("");
      await queryClient.invalidateQueries({ queryKey: trpc.admin.regions.list.queryKey() });
      onDone?.();
    },
  };
  const create = useMutation(trpc.admin.regions.create.mutationOptions(options));
  const update = useMutation(trpc.admin.regions.update.mutationOptions(options));
  const error = region ? update.error : create.error;
  return (
    <form
      className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        if (region) update.mutate({ id: region.id, name, timeZone });
        else create.mutate({ name, timeZone });
      }}
    >
      <TextField label="Region name" value={name} onChange={setName} error={fieldErrorsOf(error).name} required />
      <TimeZoneSelect
        label="Default time zone"
        value={timeZone}
        onChange={setTimeZone}
        timeZones={timeZones}
        error={fieldErrorsOf(error).timeZone}
      />
      <Button type="submit" disabled={create.isPending || update.isPending}>
        {region ? "Save region" : "Create region"}
      </Button>
      <div className="sm:col-span-3">
        <FormError error={error} />
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
          <ul className="divide-y divide-slate-100">
            {regions.map((r) => (
              <li key={r.id} className="py-3">
                {editing === r.id ? (
                  <RegionForm region={r} timeZones={timeZones} onDone={() => setEditing(null)} />
                ) : (
                  <div className="flex flex-wrap items-center gap-3 text-sm">
                    <span className="font-medium text-slate-900">{r.name}</span>
                    <span className="text-slate-600">{r.timeZone}</span>
                    <span className="text-slate-600">
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
