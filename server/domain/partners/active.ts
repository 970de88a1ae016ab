import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { partners } from "@/db/schema";
import { wordedError } from "@/server/errors";
import { type Actor, moverOf } from "../actor";

/** The refusal a store's people get for anything they try on a deactivated store. */
export function storeInactive(name: string) {
  return wordedError(
    "FORBIDDEN",
    { key: "server.storeInactive", values: { store: name } },
    { reason: "store_inactive" },
  );
}

/**
 * A deactivated partner accepts no store actions. Checked where every store action finds what
 * it acts on and again in the transitions, so a new action cannot forget it.
 */
export async function assertStoreActive({ db, actor, partnerId }: { db: DbOrTx; actor: Actor; partnerId: string }) {
  if (moverOf(actor) !== "store") return;
  const [row] = await db
    .select({ name: partners.name, active: partners.active })
    .from(partners)
    .where(eq(partners.id, partnerId));
  if (row && !row.active) throw storeInactive(row.name);
}
