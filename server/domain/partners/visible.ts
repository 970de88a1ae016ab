import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { partners } from "@/db/schema";
import type { UserActor } from "../actor";
import { partnerScope } from "../scope";

/** The ids of the stores the actor may watch, narrowed to the given codes or one mall's retailers. */
export async function visiblePartnerIds(input: {
  db: DbOrTx;
  actor: UserActor;
  partnerCodes?: string[];
  mallId?: string;
}): Promise<Set<string>> {
  const { db, actor } = input;
  const conditions = [partnerScope(actor)];
  if (input.partnerCodes) conditions.push(inArray(partners.code, input.partnerCodes));
  if (input.mallId) conditions.push(eq(partners.mallId, input.mallId));
  const rows = await db
    .select({ id: partners.id })
    .from(partners)
    .where(and(...conditions));
  return new Set(rows.map((p) => p.id));
}
