"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { Field } from "@/app/_components/ui/field";
import { setServerErrors } from "@/app/_components/ui/form";
import { blankAsNull } from "@/app/_components/ui/form-values";
import { Input } from "@/app/_components/ui/input";
import { lazyZodResolver, usePreload } from "@/app/_components/ui/lazy-resolver";
import { Table, TBody, Td, THead, Th, Tr } from "@/app/_components/ui/table";
import { useToast } from "@/app/_components/ui/toast";
import { useForm } from "@/app/_components/ui/use-form";
import { useFormat } from "@/app/_components/use-format";
import { useTRPC } from "@/app/_trpc/client";
import { FormError, formatWhen } from "../../_components/form-bits";
import { SecretField } from "../../_components/secret-field";

const resolver = lazyZodResolver(() => import("@/server/domain/carriers/schemas").then((m) => m.createApiKeyInput));

/** A carrier's API keys: create (the key is shown once), list, revoke. */
export function ApiKeys({ carrierId, carrierName }: { carrierId: string; carrierName: string }) {
  const trpc = useTRPC();
  const format = useFormat();
  const queryClient = useQueryClient();
  const keys = useQuery(trpc.admin.network.keys.queryOptions({ carrierId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.network.keys.queryKey({ carrierId }) });
  const { toast } = useToast();
  const form = useForm({ resolver, defaultValues: { carrierId, label: null } });
  usePreload(resolver);
  const [created, setCreated] = useState<{ key: string; label: string } | null>(null);
  const [revoking, setRevoking] = useState<{ id: string; label: string; prefix: string } | null>(null);
  const create = useMutation(
    trpc.admin.network.createKey.mutationOptions({
      onSuccess: (key) => {
        setCreated({ key: key.key, label: key.label });
        form.reset();
        return refresh();
      },
      onError: (error) => setServerErrors(form.setError, error, ["label"]),
    }),
  );
  const revoke = useMutation(
    trpc.admin.network.revokeKey.mutationOptions({
      onSuccess: () => {
        setRevoking(null);
        toast({ title: "API key revoked" });
        return refresh();
      },
    }),
  );

  return (
    <section aria-label={`${carrierName} API keys`} className="mt-4 space-y-3">
      <h3 className="text-body font-semibold text-fg">API keys</h3>
      <form
        className="flex flex-wrap items-end gap-3"
        noValidate
        onFocus={resolver.preload}
        onSubmit={form.handleSubmit((values) => create.mutate(values))}
      >
        <Field label="Label (optional)" error={form.formState.errors.label?.message} className="min-w-56 flex-1">
          {/* No label is null (the server names it), not an empty one. */}
          <Input
            {...form.register("label", { setValueAs: blankAsNull })}
            maxLength={80}
            placeholder="Production, staging…"
          />
        </Field>
        <Button type="submit" disabled={create.isPending}>
          Create API key
        </Button>
      </form>
      <FormError error={create.error} fields={["label"]} />
      {created ? (
        <SecretField
          label="New API key"
          value={created.key}
          note={`Copy "${created.label}" now: it is not shown again. To rotate, give the carrier this key, then revoke the old one.`}
        />
      ) : null}
      {keys.data?.length ? (
        <Table label="API keys">
          <THead>
            <Tr>
              <Th>Label</Th>
              <Th>Key</Th>
              <Th>Created</Th>
              <Th>Last used</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </Tr>
          </THead>
          <TBody>
            {keys.data.map((k) => (
              <Tr key={k.id}>
                <Td className="font-medium">{k.label}</Td>
                <Td>
                  <code>{k.prefix}…</code>
                </Td>
                <Td className="whitespace-nowrap">{formatWhen(format, k.createdAt)}</Td>
                <Td className="whitespace-nowrap">{formatWhen(format, k.lastUsedAt)}</Td>
                <Td className="text-right">
                  {k.revokedAt ? (
                    <span className="text-danger">Revoked {formatWhen(format, k.revokedAt)}</span>
                  ) : (
                    <Button variant="secondary" onClick={() => setRevoking(k)}>
                      Revoke
                    </Button>
                  )}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : keys.data ? (
        <p className="text-body text-fg-muted">No keys yet.</p>
      ) : null}
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke this API key?"
        confirmLabel="Revoke key"
        pending={revoke.isPending}
        onCancel={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate({ id: revoking.id })}
      >
        {revoking ? (
          <p>
            {carrierName}&apos;s key “{revoking.label}” ({revoking.prefix}…) stops working at once; requests with it
            answer 401. This cannot be undone.
          </p>
        ) : null}
        <FormError error={revoke.error} />
      </ConfirmDialog>
    </section>
  );
}
