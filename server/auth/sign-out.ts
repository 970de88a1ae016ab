import "server-only";
import { headers } from "next/headers";
import { getDatabase } from "@/db/client";
import { endSession } from "@/server/domain/auth/sessions";
import { signOut } from "./index";
import { sessionUserFromCookies } from "./session-cookie";

/**
 * Ends the current session: its row first, so a copy of the cookie stops working at once on
 * every instance, then the cookie itself.
 */
export async function signOutThisSession(): Promise<void> {
  const user = await sessionUserFromCookies((await headers()).get("cookie"));
  if (user?.sessionId) await endSession({ db: (await getDatabase()).db, sessionId: user.sessionId });
  await signOut({ redirect: false });
}
