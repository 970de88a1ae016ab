"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useFormat } from "@/app/_components/locale";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { ScrollRegion } from "@/app/_components/ui/scroll-region";
import { useTRPC } from "@/app/_trpc/client";
import { FormError, fieldErrorsOf, formatWhen, TextField } from "../../_components/form-bits";
import { SecretField } from "../../_components/secret-field";

/** A carrier's API keys: create (the key is shown once), list, revoke. */
export function ApiKeys({ carrierId, carrierName }: { carrierId: string; carrierName: string }) {
  const trpc = useTRPC();
  const format = useFormat();
  const queryClient = useQueryClient();
  const keys = useQuery(trpc.admin.network.keys.queryOptions({ carrierId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.network.keys.queryKey({ carrierId }) });
  const [label, setLabel] = useState("");
  const [created, setCreated] = useState<{ key: string; label: string } | null>(null);
  const [revoking, setRevoking] = useState<{ id: string; label: string; prefix: string } | null>(null);
  const create = useMutation(
    trpc.admin.network.createKey.mutationOptions({
      onSuccess: (key) => {
        setCreated({ key: key.key, label: key.label });
        setLabel("");
        return refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.admin.network.revokeKey.mutationOptions({
      onSuccess: () => {
        setRevoking(null);
        return refresh();
      },
    }),
  );

  return (
    <section aria-label={`${carrierName} API keys`} className="mt-4 space-y-3">
      <h3 className="text-sm font-semibold text-slate-900">API keys</h3>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ carrierId, label: label.trim() ? label : null });
        }}
      >
        <div className="min-w-56 flex-1">
          <TextField
            label="Label (optional)"
            value={label}
            onChange={setLabel}
            error={fieldErrorsOf(create.error).label}
            maxLength={80}
            placeholder="Production, staging…"
          />
        </div>
        <Button type="submit" disabled={create.isPending}>
          Create API key
        </Button>
      </form>
      <FormError error={create.error} />
      {created ? (
        <SecretField
          label="New API key"
          value={created.key}
          note={`Copy "${created.label}" now: it is not shown again. To rotate, give the carrier this key, then revoke the old one.`}
        />
      ) : null}
      {keys.data?.length ? (
        <ScrollRegion label="API keys">
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  Label
                </th>
                <th scope="col" className="py-2 pr-3">
                  Key
                </th>
                <th scope="col" className="py-2 pr-3">
                  Created
                </th>
                <th scope="col" className="py-2 pr-3">
                  Last used
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {keys.data.map((k) => (
                <tr key={k.id}>
                  <td className="py-2 pr-3 font-medium">{k.label}</td>
                  <td className="py-2 pr-3">
                    <code>{k.prefix}…</code>
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap">{formatWhen(format, k.createdAt)}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{formatWhen(format, k.lastUsedAt)}</td>
                  <td className="py-2 text-right">
                    {k.revokedAt ? (
                      <span className="text-rose-800">Revoked {formatWhen(format, k.revokedAt)}</span>
                    ) : (
                      <Button variant="secondary" onClick={() => setRevoking(k)}>
                        Revoke
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : keys.data ? (
        <p className="text-sm text-slate-600">No keys yet.</p>
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
