import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { users } from "@/db/schema";
import type { Locale } from "@/lib/format";
import type { UserActor } from "../actor";
import { type SetLanguageInput, setLanguageInput } from "./schemas";

/**
 * Stores the language the person reads the portal in, on every device they sign in from.
 * The users row's change is announced (migration 0012), so every instance's cached session picks it up.
 */
export async function setLanguage(options: { db: DbOrTx; actor: UserActor; input: SetLanguageInput }): Promise<Locale> {
  const { language } = setLanguageInput.parse(options.input);
  await options.db.update(users).set({ language }).where(eq(users.id, options.actor.userId));
  return language;
}
