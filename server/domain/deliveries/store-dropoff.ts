import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivals } from "@/db/schema";
import { notFound } from "@/server/errors";
import type { UserActor } from "../actor";
import { inPartnerScope } from "../scope";

/**
 * A drop-off of one of the actor's stores, by id; any other is not found. Locked for the
 * caller's transaction, so scans, damage, hand-backs, the check-in and the carrier's reports on
 * one drop take turns (a hand-back never slips past the departure that reconciles it).
 */
export async function storeDropoff(db: DbOrTx, actor: UserActor, arrivalId: string) {
  const [arrival] = await db
    .select()
    .from(arrivals)
    .where(and(eq(arrivals.id, arrivalId), eq(arrivals.kind, "dropoff"), inPartnerScope(arrivals.partnerId, actor)))
    .for("no key update");
  if (!arrival) throw notFound("Drop-off");
  return arrival;
}
