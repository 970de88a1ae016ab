"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
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
        <p role="alert" className="text-sm text-rose-700">
          {formError}
        </p>
      ) : null}
      {mode === "change" && change.isSuccess ? (
        <p role="status" className="rounded-lg bg-emerald-50 p-3 text-sm ring-1 ring-emerald-200">
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
  const errorId = `${props.name}-error`;
  const hintId = `${props.name}-hint`;
  return (
    <div>
      <label htmlFor={props.name} className="block text-sm font-medium text-slate-800">
        {props.label}
      </label>
      <input
        id={props.name}
        name={props.name}
        type="password"
        autoComplete={props.autoComplete}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        required
        aria-invalid={props.errors ? true : undefined}
        aria-describedby={[props.hint ? hintId : "", props.errors ? errorId : ""].join(" ").trim() || undefined}
        className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600"
      />
      {props.hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {props.hint}
        </p>
      ) : null}
      {props.errors ? (
        <p id={errorId} className="mt-1 text-sm text-rose-700">
          {props.errors[0]}
        </p>
      ) : null}
    </div>
  );
}
