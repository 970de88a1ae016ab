"use server";

import { AuthError, CredentialsSignin } from "next-auth";
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
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, email };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeReturnPath(formData.get("callbackUrl")) });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const seconds = /^throttled_(\d+)$/.exec(error.code)?.[1];
      if (seconds) return { email, error: throttledMessage(Number(seconds)) };
      return { email, error: "Wrong email or password." };
    }
    if (error instanceof AuthError) {
      return { email, error: "Sign-in is unavailable right now. Please try again shortly." };
    }
    // Success is a redirect, which Next.js delivers by throwing.
    throw error;
  }
}

/** "Please wait 30 seconds" under a minute, whole minutes (rounded up) beyond. */
function throttledMessage(seconds: number): string {
  const wait =
    seconds < 60
      ? `${seconds} second${seconds === 1 ? "" : "s"}`
      : `${Math.ceil(seconds / 60)} minute${Math.ceil(seconds / 60) === 1 ? "" : "s"}`;
  return `Too many failed sign-ins. Please wait ${wait} and try again.`;
}
