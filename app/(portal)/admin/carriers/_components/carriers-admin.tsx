"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { useTRPC } from "@/app/_trpc/client";
import { FormError, fieldErrorsOf, TextField } from "../../_components/form-bits";
import { ApiKeys } from "./api-keys";

export function CarriersAdmin() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: carriers } = useSuspenseQuery(trpc.admin.network.list.queryOptions());
  const [name, setName] = useState("");
  const create = useMutation(
    trpc.admin.network.create.mutationOptions({
      onSuccess: () => {
        setName("");
        return queryClient.invalidateQueries({ queryKey: trpc.admin.network.list.queryKey() });
      },
    }),
  );
  return (
    <div className="space-y-4">
      <Card title="New carrier">
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate({ name });
          }}
        >
          <div className="min-w-64 flex-1">
            <TextField
              label="Carrier name"
              value={name}
              onChange={setName}
              error={fieldErrorsOf(create.error).name}
              required
              maxLength={80}
            />
          </div>
          <Button type="submit" disabled={create.isPending}>
            Create carrier
          </Button>
        </form>
        <div className="mt-2">
          <FormError error={create.error} />
        </div>
      </Card>
      {carriers.length === 0 ? (
        <EmptyState title="No carriers yet">Create the first carrier, then give it an API key.</EmptyState>
      ) : (
        carriers.map((carrier) => (
          <Card key={carrier.id} title={carrier.name}>
            <section aria-label={`${carrier.name} partners`}>
              <h3 className="text-sm font-semibold text-slate-900">Partners served</h3>
              {carrier.partners.length === 0 ? (
                <p className="text-sm text-slate-600">None yet: partners choose their carrier when onboarded.</p>
              ) : (
                <p className="text-sm text-slate-700">
                  {carrier.partners.length} · {carrier.partners.map((p) => p.code).join(", ")}
                </p>
              )}
            </section>
            <ApiKeys carrierId={carrier.id} carrierName={carrier.name} />
          </Card>
        ))
      )}
    </div>
  );
}
