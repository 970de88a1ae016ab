import "server-only";
import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/db/schema";
import { sessionMaxAgeSeconds } from "@/server/domain/auth/session-age";

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionId?: string;
  }
  interface Session {
    user: { id: string; role: Role; sessionId?: string; name?: string | null; email?: string | null };
  }
}

/** Session and callback settings; the providers (which need the database) are added in ./index.ts. */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.role = user.role;
        // The session row's id: the database, not the cookie, decides whether it is still valid.
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      if (typeof token.role === "string") session.user.role = token.role as Role;
      if (typeof token.sid === "string") session.user.sessionId = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
