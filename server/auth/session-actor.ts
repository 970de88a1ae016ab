import { getDatabase } from "@/db/client";
import type { UserActor } from "@/server/domain/actor";
import { loadUserActor } from "@/server/domain/auth/load-actor";
import { AppError } from "@/server/errors";
import { auth } from "./index";

/** The signed-in person for a route handler outside tRPC; 401 when signed out or disabled. */
export async function sessionActor(): Promise<{ actor: UserActor; db: Awaited<ReturnType<typeof getDatabase>>["db"] }> {
  const session = await auth();
  const { db } = await getDatabase();
  const actor = session?.user?.id ? await loadUserActor(db, session.user.id) : null;
  if (!actor) throw new AppError("UNAUTHORIZED", "Please sign in.");
  return { actor, db };
}
