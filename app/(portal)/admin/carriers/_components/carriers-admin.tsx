"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
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
import { ApiKeys } from "./api-keys";

const resolver = lazyZodResolver(() => import("@/server/domain/carriers/schemas").then((m) => m.createCarrierInput));

export function CarriersAdmin() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: carriers } = useSuspenseQuery(trpc.admin.network.list.queryOptions());
  const { toast } = useToast();
  const form = useForm({ resolver, defaultValues: { name: "" } });
  usePreload(resolver);
  const create = useMutation(
    trpc.admin.network.create.mutationOptions({
      onSuccess: () => {
        form.reset();
        toast({ title: "Carrier created", description: "Give it an API key next." });
        return queryClient.invalidateQueries({ queryKey: trpc.admin.network.list.queryKey() });
      },
      onError: (error) => setServerErrors(form.setError, error, ["name"]),
    }),
  );
  return (
    <div className="space-y-4">
      <Card title="New carrier">
        <form
          className="flex flex-wrap items-end gap-3"
          noValidate
          onFocus={resolver.preload}
          onSubmit={form.handleSubmit((values) => create.mutate(values))}
        >
          <Field label="Carrier name" error={form.formState.errors.name?.message} className="min-w-64 flex-1">
            <Input {...form.register("name")} required maxLength={80} />
          </Field>
          <Button type="submit" disabled={create.isPending}>
            Create carrier
          </Button>
        </form>
        <div className="mt-2">
          <FormError error={create.error} fields={["name"]} />
        </div>
      </Card>
      {carriers.length === 0 ? (
        <EmptyState title="No carriers yet">Create the first carrier, then give it an API key.</EmptyState>
      ) : (
        carriers.map((carrier) => (
          <Card key={carrier.id} title={carrier.name}>
            <section aria-label={`${carrier.name} partners`}>
              <h3 className="text-body font-semibold text-fg">Partners served</h3>
              {carrier.partners.length === 0 ? (
                <p className="text-body text-fg-muted">None yet: partners choose their carrier when onboarded.</p>
              ) : (
                <p className="text-body text-fg">
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
