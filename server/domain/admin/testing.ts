import type { Db } from "@/db/client";
import type { Role } from "@/db/schema";
import { createCaller } from "@/server/trpc/root";

/** A tRPC caller signed in as the given person, for tests. */
export function callerAs(db: Db, user: { id: string; role: Role }) {
  return createCaller({ db, headers: new Headers(), sessionUser: { id: user.id, role: user.role } });
}
