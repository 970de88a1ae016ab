import "server-only";
import { headers } from "next/headers";
import { getDatabase } from "@/db/client";
import { localeFromAcceptLanguage } from "@/lib/format";
import type { UserActor } from "@/server/domain/actor";
import { wordedError } from "@/server/errors";
import { sessionCache } from "./session-cache";
import { sessionUserFromCookies } from "./session-cookie";

/**
 * The signed-in person for a route handler outside tRPC; 401 when signed out, the session ended
 * or the account is disabled, 403 while a one-time password still has to be replaced.
 */
export async function sessionActor(): Promise<{ actor: UserActor; db: Awaited<ReturnType<typeof getDatabase>>["db"] }> {
  const requestHeaders = await headers();
  const user = await sessionUserFromCookies(requestHeaders.get("cookie"));
  const handle = await getDatabase();
  const { db } = handle;
  const state = user?.sessionId
    ? await sessionCache(handle).load({ userId: user.id, sessionId: user.sessionId })
    : null;
  if (!state) throw wordedError("UNAUTHORIZED", { key: "server.signIn" });
  if (state.mustChangePassword) {
    throw wordedError("FORBIDDEN", { key: "server.setPasswordFirst" }, { reason: "password_change_required" });
  }
  // The person's locale for what the domain words, as in tRPC (decision 020).
  const locale = state.actor.language ?? localeFromAcceptLanguage(requestHeaders.get("accept-language"));
  return { actor: { ...state.actor, locale }, db };
}
