import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDatabase } from "@/db/client";
import { startSession } from "@/server/domain/auth/sessions";
import { env } from "@/server/env";
import { logger } from "@/server/log";
import { addressList, clientAddress } from "@/server/net/addresses";
import { authConfig } from "./config";
import { checkSignIn, credentialsSchema } from "./sign-in";

/** Sign-in refused because of too many failures; `code` carries the seconds to wait. */
export class ThrottledSignIn extends CredentialsSignin {
  constructor(seconds: number) {
    super();
    this.code = `throttled_${seconds}`;
  }
}

const trustedProxies = addressList(env.TRUSTED_PROXIES);

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  // Cookies only over HTTPS in production, even behind a proxy that speaks plain HTTP to us.
  useSecureCookies: env.APP_ENV === "production",
  logger: {
    // A refused password is an answer, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      logger.error({ err: error }, "sign-in failed");
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { db } = await getDatabase();
        const result = await checkSignIn(
          db,
          parsed.data,
          request ? clientAddress(request.headers, trustedProxies) : null,
          {
            perAccount: env.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
            perAddress: env.SIGN_IN_MAX_FAILURES_PER_ADDRESS,
            lockMinutes: env.SIGN_IN_LOCK_MINUTES,
          },
        );
        if (result.ok) return { ...result.user, sessionId: await startSession({ db, userId: result.user.id }) };
        if (result.reason === "throttled") throw new ThrottledSignIn(result.retryAfterSeconds);
        return null;
      },
    }),
  ],
});
