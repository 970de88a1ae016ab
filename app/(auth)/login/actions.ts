"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { signIn } from "@/server/auth";
import { credentialsSchema } from "@/server/auth/sign-in";
import { safeReturnPath } from "./return-path";

export type LoginState = {
  error?: string;
  fieldErrors?: { email?: string[]; password?: string[] };
  email?: string;
};

export async function signInAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "");
  const parsed = credentialsSchema.safeParse({ email, password: formData.get("password") ?? "" });
  const t = await getTranslations("signIn");
  if (!parsed.success) {
    // The schema's own words are English; the person reads the field's message in their language.
    const { fieldErrors } = z.flattenError(parsed.error);
    return {
      fieldErrors: {
        email: fieldErrors.email ? [t("emailInvalid")] : undefined,
        password: fieldErrors.password ? [t("passwordMissing")] : undefined,
      },
      email,
    };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeReturnPath(formData.get("callbackUrl")) });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const seconds = /^throttled_(\d+)$/.exec(error.code)?.[1];
      if (seconds) return { email, error: t("throttled", { wait: waitFor(t, Number(seconds)) }) };
      return { email, error: t("wrong") };
    }
    if (error instanceof AuthError) {
      return { email, error: t("unavailable") };
    }
    // Success is a redirect, which Next.js delivers by throwing.
    throw error;
  }
}

/** "30 seconds" under a minute, whole minutes (rounded up) beyond. */
function waitFor(t: Awaited<ReturnType<typeof getTranslations<"signIn">>>, seconds: number): string {
  return seconds < 60 ? t("seconds", { count: seconds }) : t("minutes", { count: Math.ceil(seconds / 60) });
}
