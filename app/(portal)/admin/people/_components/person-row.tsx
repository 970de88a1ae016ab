"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useTRPC } from "@/app/_trpc/client";
import type { Role } from "@/lib/enums";
import { roleLabels } from "@/lib/labels";
import { FormError } from "../../_components/form-bits";
import { SecretField } from "../../_components/secret-field";
import { RegionChecklist } from "./region-checklist";

type Person = {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  regions: { id: string; name: string }[];
  stores: { code: string; name: string }[];
};

export function PersonRow({ person, regions }: { person: Person; regions: { id: string; name: string }[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.people.list.pathKey() });
  const [asking, setAsking] = useState<"disable" | "reset" | null>(null);
  const [editingRegions, setEditingRegions] = useState(false);
  const [regionIds, setRegionIds] = useState(person.regions.map((r) => r.id));
  const [password, setPassword] = useState<string | null>(null);
  const done = {
    onSuccess: () => {
      setAsking(null);
      return refresh();
    },
  };
  const disable = useMutation(trpc.admin.people.disable.mutationOptions(done));
  const enable = useMutation(trpc.admin.people.enable.mutationOptions(done));
  const reset = useMutation(
    trpc.admin.people.resetPassword.mutationOptions({
      onSuccess: (r) => {
        setAsking(null);
        setPassword(r.oneTimePassword);
      },
    }),
  );
  const assign = useMutation(
    trpc.admin.people.assignRegions.mutationOptions({
      onSuccess: () => {
        setEditingRegions(false);
        return refresh();
      },
    }),
  );
  const where = person.regions.length
    ? person.regions.map((r) => r.name).join(", ")
    : person.stores.map((s) => s.code).join(", ");

  return (
    <li className="py-3 text-body">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <span className="font-medium text-fg">{person.name}</span>
        <span className="text-fg">{person.email}</span>
        <span className="text-fg-muted">{roleLabels[person.role]}</span>
        {where ? <span className="text-fg-muted">{where}</span> : null}
        {person.active ? null : <Badge tone="danger">Disabled</Badge>}
        <span className="ml-auto flex flex-wrap gap-2">
          {person.role === "regional_manager" ? (
            <Button variant="secondary" onClick={() => setEditingRegions(!editingRegions)}>
              Regions <span className="sr-only">of {person.name}</span>
            </Button>
          ) : null}
          <Button variant="secondary" onClick={() => setAsking("reset")}>
            Reset password <span className="sr-only">of {person.name}</span>
          </Button>
          {person.active ? (
            <Button variant="secondary" onClick={() => setAsking("disable")}>
              Disable <span className="sr-only">{person.name}</span>
            </Button>
          ) : (
            <Button variant="secondary" onClick={() => enable.mutate({ userId: person.id })}>
              Enable <span className="sr-only">{person.name}</span>
            </Button>
          )}
        </span>
      </div>
      <FormError error={enable.error ?? assign.error} />
      {editingRegions ? (
        <form
          className="mt-2 space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            assign.mutate({ userId: person.id, regionIds });
          }}
        >
          <RegionChecklist regions={regions} value={regionIds} onChange={setRegionIds} />
          <Button type="submit" disabled={assign.isPending}>
            Save regions
          </Button>
        </form>
      ) : null}
      {password ? (
        <div className="mt-2">
          <SecretField
            label={`One-time password for ${person.email}`}
            value={password}
            note="Shown only now. Their other sessions have ended; they sign in with this and set their own."
          />
        </div>
      ) : null}
      <ConfirmDialog
        open={asking !== null}
        title={asking === "disable" ? `Disable ${person.name}?` : `Reset ${person.name}'s password?`}
        confirmLabel={asking === "disable" ? "Disable account" : "Reset password"}
        pending={disable.isPending || reset.isPending}
        onCancel={() => setAsking(null)}
        onConfirm={() =>
          asking === "disable" ? disable.mutate({ userId: person.id }) : reset.mutate({ userId: person.id })
        }
      >
        <p>
          {asking === "disable"
            ? `${person.email} is signed out everywhere at once and cannot sign in until re-enabled.`
            : `${person.email}'s password stops working and their sessions end; you get a one-time password to hand over.`}
        </p>
        <FormError error={disable.error ?? reset.error} />
      </ConfirmDialog>
    </li>
  );
}
