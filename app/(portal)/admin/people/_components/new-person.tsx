"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { setServerErrors } from "@/app/_components/ui/form";
import { Input } from "@/app/_components/ui/input";
import { lazyZodResolver, usePreload } from "@/app/_components/ui/lazy-resolver";
import { Select } from "@/app/_components/ui/select";
import { useForm } from "@/app/_components/ui/use-form";
import { useTRPC } from "@/app/_trpc/client";
import type { CreatePersonInput } from "@/server/domain/people/schemas";
import { FormError } from "../../_components/form-bits";
import { SecretField } from "../../_components/secret-field";
import { RegionChecklist } from "./region-checklist";

const resolver = lazyZodResolver(() => import("@/server/domain/people/schemas").then((m) => m.createPersonInput));

const fields = ["email", "name", "role", "regionIds"] as const;

/** Create a regional manager (with regions) or an admin; the one-time password is shown once. */
export function NewPerson({ regions }: { regions: { id: string; name: string }[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<CreatePersonInput>({
    resolver,
    defaultValues: { email: "", name: "", role: "regional_manager", regionIds: [] },
  });
  usePreload(resolver);
  const role = form.watch("role");
  const regionIds = form.control("regionIds");
  const [created, setCreated] = useState<{ email: string; oneTimePassword: string } | null>(null);
  const create = useMutation(
    trpc.admin.people.create.mutationOptions({
      onSuccess: (person) => {
        setCreated(person);
        form.reset({ email: "", name: "", role: form.getValues("role"), regionIds: [] });
        return queryClient.invalidateQueries({ queryKey: trpc.admin.people.list.pathKey() });
      },
      onError: (error) => setServerErrors(form.setError, error, fields),
    }),
  );
  const errors = form.formState.errors;
  return (
    <form
      className="grid gap-3 sm:grid-cols-3 sm:items-start"
      noValidate
      onFocus={resolver.preload}
      onSubmit={form.handleSubmit((values) => {
        setCreated(null);
        create.mutate({ ...values, regionIds: values.role === "admin" ? [] : values.regionIds });
      })}
    >
      <Field label="Email" error={errors.email?.message}>
        <Input type="email" {...form.register("email")} required />
      </Field>
      <Field label="Name" error={errors.name?.message}>
        <Input {...form.register("name")} required />
      </Field>
      <Field label="Role" error={errors.role?.message}>
        <Select {...form.register("role")}>
          <option value="regional_manager">Regional manager</option>
          <option value="admin">Administrator</option>
        </Select>
      </Field>

      {role === "regional_manager" ? (
        <div className="sm:col-span-3">
          <RegionChecklist regions={regions} {...regionIds} value={regionIds.value ?? []} />
        </div>
      ) : null}
      <div className="sm:col-span-3">
        <Button type="submit" disabled={create.isPending}>
          Create person
        </Button>
      </div>
      <div className="sm:col-span-3">
        <FormError error={create.error} fields={fields} />
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
