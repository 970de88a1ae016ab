import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type AlertThresholds, regions } from "@/db/schema";
import { notFound } from "@/server/errors";
import type { UserActor } from "../actor";
import { inRegionScope } from "../scope";

export async function listThresholds({ db, actor }: { db: DbOrTx; actor: UserActor }) {
  return db
    .select({ id: regions.id, name: regions.name, thresholds: regions.alertThresholds })
    .from(regions)
    .where(inRegionScope(regions.id, actor))
    .orderBy(asc(regions.name));
}

export async function setThresholds(input: {
  db: DbOrTx;
  actor: UserActor;
  regionId: string;
  thresholds: AlertThresholds;
}) {
  const { db, actor, regionId, thresholds } = input;
  const [row] = await db
    .update(regions)
    .set({ alertThresholds: thresholds })
    .where(and(eq(regions.id, regionId), inRegionScope(regions.id, actor)))
    .returning({ id: regions.id });
  if (!row) throw notFound("Region");
}

/**
 * A partner's region's thresholds by the figure (column key) each applies to, for the
 * drill-down's threshold lines. The partner was already found in the actor's scope.
 */
export async function thresholdsForPartner({
  db,
  partner,
}: {
  db: DbOrTx;
  partner: { regionId: string };
}): Promise<Record<string, number>> {
  const [row] = await db.select({ t: regions.alertThresholds }).from(regions).where(eq(regions.id, partner.regionId));
  if (!row) return {};
  return { readyOnTime: row.t.readyOnTimeRate, completion: row.t.deliveryCompletionRate, proof: row.t.proofCompliance };
}
