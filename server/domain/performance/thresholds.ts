import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type AlertThresholds, regions } from "@/db/schema";
import { notFound } from "@/server/errors";
import type { UserActor } from "../actor";
import { inRegionScope } from "../scope";

export async function listThresholds(db: DbOrTx, actor: UserActor) {
  return db
    .select({ id: regions.id, name: regions.name, thresholds: regions.alertThresholds })
    .from(regions)
    .where(inRegionScope(regions.id, actor))
    .orderBy(asc(regions.name));
}

export async function setThresholds(db: DbOrTx, actor: UserActor, regionId: string, thresholds: AlertThresholds) {
  const [row] = await db
    .update(regions)
    .set({ alertThresholds: thresholds })
    .where(and(eq(regions.id, regionId), inRegionScope(regions.id, actor)))
    .returning({ id: regions.id });
  if (!row) throw notFound("Region");
}
