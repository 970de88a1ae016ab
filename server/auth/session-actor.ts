import "server-only";
import { headers } from "next/headers";
import { getDatabase } from "@/db/client";
import type { UserActor } from "@/server/domain/actor";
import { AppError } from "@/server/errors";
import { sessionCache } from "./session-cache";
import { sessionUserFromCookies } from "./session-cookie";

/**
 * The signed-in person for a route handler outside tRPC; 401 when signed out, the session ended
 * or the account is disabled, 403 while a one-time password still has to be replaced.
 */
export async function sessionActor(): Promise<{ actor: UserActor; db: Awaited<ReturnType<typeof getDatabase>>["db"] }> {
  const user = await sessionUserFromCookies((await headers()).get("cookie"));
  const handle = await getDatabase();
  const { db } = handle;
  const state = user?.sessionId
    ? await sessionCache(handle).load({ userId: user.id, sessionId: user.sessionId })
    : null;
  if (!state) throw new AppError("UNAUTHORIZED", "Please sign in.");
  if (state.mustChangePassword) {
    throw new AppError("FORBIDDEN", "Please set a new password first.", { reason: "password_change_required" });
  }
  return { actor: state.actor, db };
}
