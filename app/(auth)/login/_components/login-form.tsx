"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { type LoginState, signInAction } from "../actions";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const [state, action, pending] = useActionState<LoginState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.error ? (
        <p
          role="alert"
          className="rounded-control bg-danger-soft px-3 py-2 text-body font-medium text-danger ring-1 ring-rose-200"
        >
          {state.error}
        </p>
      ) : null}
      <Field label={t("email")} error={state.fieldErrors?.email}>
        <Input name="email" type="email" autoComplete="username" defaultValue={state.email} required />
      </Field>
      <Field label={t("password")} error={state.fieldErrors?.password}>
        <Input name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
