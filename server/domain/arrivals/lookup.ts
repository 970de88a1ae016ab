import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivals } from "@/db/schema";
import { notFound } from "@/server/errors";
import type { UserActor } from "../actor";
import { assertStoreActive } from "../partners/active";
import { inPartnerScope } from "../scope";

/** Store-scoped arrival lookups, shared by every store action on an arrival. */

/** An arrival of one of the actor's active stores, by id; any other is not found. */
export async function storeArrival({ db, actor, arrivalId }: { db: DbOrTx; actor: UserActor; arrivalId: string }) {
  const [arrival] = await db
    .select()
    .from(arrivals)
    .where(and(eq(arrivals.id, arrivalId), inPartnerScope(arrivals.partnerId, actor)));
  if (!arrival) throw notFound("Arrival");
  await assertStoreActive({ db, actor, partnerId: arrival.partnerId });
  return arrival;
}

/**
 * A drop-off of one of the actor's stores, by id; any other is not found. Locked for the
 * caller's transaction, so scans, damage, hand-backs, the check-in and the carrier's reports on
 * one drop take turns (a hand-back never slips past the departure that reconciles it).
 */
export async function storeDropoff({ db, actor, arrivalId }: { db: DbOrTx; actor: UserActor; arrivalId: string }) {
  const [arrival] = await db
    .select()
    .from(arrivals)
    .where(and(eq(arrivals.id, arrivalId), eq(arrivals.kind, "dropoff"), inPartnerScope(arrivals.partnerId, actor)))
    .for("no key update");
  if (!arrival) throw notFound("Drop-off");
  await assertStoreActive({ db, actor, partnerId: arrival.partnerId });
  return arrival;
}
