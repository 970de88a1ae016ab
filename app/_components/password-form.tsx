"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { useTRPC } from "@/app/_trpc/client";

type FieldErrors = Record<string, string[] | undefined>;

/**
 * `change`: the account page (current and new password). `set`: first sign-in with a one-time
 * password (a new password only), which then opens the portal.
 */
export function PasswordForm({ mode }: { mode: "change" | "set" }) {
  const t = useTranslations("signIn");
  const trpc = useTRPC();
  const change = useMutation(trpc.account.changePassword.mutationOptions());
  const set = useMutation(trpc.account.setPassword.mutationOptions({ onSuccess: () => window.location.assign("/") }));
  const mutation = mode === "change" ? change : set;
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const data = mutation.error?.data as { fieldErrors?: FieldErrors; reason?: string | null } | undefined;
  const fieldErrors: FieldErrors = { ...(data?.fieldErrors ?? {}) };
  if (data?.reason === "wrong_password") fieldErrors.currentPassword = [mutation.error!.message];
  const formError = mutation.error && !Object.keys(fieldErrors).length ? mutation.error.message : null;

  return (
    <form
      className="max-w-sm space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (mode === "change") {
          change.mutate(
            { currentPassword: current, newPassword: next },
            {
              onSuccess: () => {
                setCurrent("");
                setNext("");
              },
            },
          );
        } else {
          set.mutate({ newPassword: next });
        }
      }}
    >
      {mode === "change" ? (
        <PasswordInput
          name="currentPassword"
          label={t("currentPassword")}
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          errors={fieldErrors.currentPassword}
        />
      ) : null}
      <PasswordInput
        name="newPassword"
        label={t("newPassword")}
        autoComplete="new-password"
        value={next}
        onChange={setNext}
        errors={fieldErrors.newPassword}
        hint={t("newPasswordHint")}
      />
      {formError ? (
        <p role="alert" className="text-body text-danger">
          {formError}
        </p>
      ) : null}
      {mode === "change" && change.isSuccess ? (
        <p role="status" className="rounded-control bg-success-soft p-3 text-body ring-1 ring-emerald-200">
          {t("passwordChanged")}
        </p>
      ) : null}
      <Button type="submit" disabled={mutation.isPending}>
        {mode === "change" ? t("changePassword") : t("setPassword")}
      </Button>
    </form>
  );
}

function PasswordInput(props: {
  name: string;
  label: string;
  autoComplete: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  hint?: string;
}) {
  return (
    <Field label={props.label} hint={props.hint} error={props.errors}>
      <Input
        name={props.name}
        type="password"
        autoComplete={props.autoComplete}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        required
      />
    </Field>
  );
}
