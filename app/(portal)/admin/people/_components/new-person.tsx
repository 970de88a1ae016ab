"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { useTRPC } from "@/app/_trpc/client";
import { FormError, fieldErrorsOf, inputClass, TextField } from "../../_components/form-bits";
import { SecretField } from "../../_components/secret-field";
import { RegionChecklist } from "./region-checklist";

/** Create a regional manager (with regions) or an admin; the one-time password is shown once. */
export function NewPerson({ regions }: { regions: { id: string; name: string }[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ email: "", name: "", role: "regional_manager" as "regional_manager" | "admin" });
  const [regionIds, setRegionIds] = useState<string[]>([]);
  const [created, setCreated] = useState<{ email: string; oneTimePassword: string } | null>(null);
  const create = useMutation(
    trpc.admin.people.create.mutationOptions({
      onSuccess: (person) => {
        setCreated(person);
        setForm({ ...form, email: "", name: "" });
        setRegionIds([]);
        return queryClient.invalidateQueries({ queryKey: trpc.admin.people.list.pathKey() });
      },
    }),
  );
  const errors = fieldErrorsOf(create.error);
  return (
    <form
      className="grid gap-3 sm:grid-cols-3 sm:items-start"
      onSubmit={(e) => {
        e.preventDefault();
        setCreated(null);
        create.mutate({ ...form, regionIds: form.role === "admin" ? [] : regionIds });
      }}
    >
      <TextField
        label="Email"
        type="email"
        value={form.email}
        onChange={(email) => setForm({ ...form, email })}
        error={errors.email}
        required
      />
      <TextField
        label="Name"
        value={form.name}
        onChange={(name) => setForm({ ...form, name })}
        error={errors.name}
        required
      />
      <div>
        <label htmlFor="new-person-role" className="block text-sm font-medium">
          Role
        </label>
        <select
          id="new-person-role"
          value={form.role}
          onChange={(e) => setForm({ ...form, role: e.target.value as typeof form.role })}
          className={inputClass}
        >
          <option value="regional_manager">Regional manager</option>
          <option value="admin">Administrator</option>
        </select>
      </div>

      {form.role === "regional_manager" ? (
        <div className="sm:col-span-3">
          <RegionChecklist regions={regions} value={regionIds} onChange={setRegionIds} />
        </div>
      ) : null}
      <div className="sm:col-span-3">
        <Button type="submit" disabled={create.isPending}>
          Create person
        </Button>
      </div>
      <div className="sm:col-span-3">
        <FormError error={create.error} />
        {created ? (
          <SecretField
            label="One-time password"
            value={created.oneTimePassword}
            note={`Give it to ${created.email}: it is shown only now, and works until they set their own.`}
          />
        ) : null}
      </div>
    </form>
  );
}
