import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDatabase } from "@/db/client";
import { env } from "@/server/env";
import { authConfig } from "./config";
import { checkSignIn, credentialsSchema } from "./sign-in";

/** Sign-in refused because of too many failures; `code` carries the minutes to wait. */
export class ThrottledSignIn extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = `throttled_${minutes}`;
  }
}

function clientAddress(request: Request | undefined): string | null {
  const forwarded = request?.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request?.headers.get("x-real-ip") || null;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A refused password is an answer, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { db } = await getDatabase();
        const result = await checkSignIn(db, parsed.data, clientAddress(request), {
          perAccount: env.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
          perAddress: env.SIGN_IN_MAX_FAILURES_PER_ADDRESS,
          lockMinutes: env.SIGN_IN_LOCK_MINUTES,
        });
        if (result.ok) return result.user;
        if (result.reason === "throttled") throw new ThrottledSignIn(result.retryAfterMinutes);
        return null;
      },
    }),
  ],
});
