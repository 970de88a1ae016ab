import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type AlertThresholds, regions } from "@/db/schema";
import { notFound } from "@/server/errors";
import type { UserActor } from "../actor";

/** The regions whose thresholds the person may read and set: a manager's own, or all for an admin. */
function regionScope(actor: UserActor) {
  if (actor.role === "admin") return undefined;
  return actor.regionIds.length ? inArray(regions.id, [...actor.regionIds]) : sql`false`;
}

export async function listThresholds(db: DbOrTx, actor: UserActor) {
  return db
    .select({ id: regions.id, name: regions.name, thresholds: regions.alertThresholds })
    .from(regions)
    .where(regionScope(actor))
    .orderBy(asc(regions.name));
}

export async function setThresholds(db: DbOrTx, actor: UserActor, regionId: string, thresholds: AlertThresholds) {
  const [row] = await db
    .update(regions)
    .set({ alertThresholds: thresholds })
    .where(and(eq(regions.id, regionId), regionScope(actor)))
    .returning({ id: regions.id });
  if (!row) throw notFound("Region");
}
