import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { parcels } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { UserActor } from "../actor";
import { findStoreParcel } from "../parcels/lookup";
import { transitionParcel } from "../parcels/transition";
import { getPartnerByCode } from "../partners/queries";
import { deliveryRefusals } from "./refusals";

/**
 * A rural store's delivery run. "Start route" sends today's parcels out (`out_for_delivery`,
 * told to the carrier as `parcel.out_for_delivery`); what comes back unfinished is back at the
 * store (`at_store`) and can go out again. Deliveries are logged from either status.
 */

async function ruralPartner(db: DbOrTx, actor: UserActor, partnerCode: string) {
  const partner = await getPartnerByCode({ db, actor, code: partnerCode });
  if (partner.program !== "local_delivery") {
    throw new AppError("CONFLICT", deliveryRefusals(actor).t("refusals.routesLocalOnly"), {
      reason: "not_local_delivery",
    });
  }
  return partner;
}

/** Sends out every parcel on today's route (in hand, not due back to the carrier). */
export async function startRoute(input: { db: DbOrTx; actor: UserActor; partnerCode: string; now?: Date }) {
  const { db, actor } = input;
  const at = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const partner = await ruralPartner(tx, actor, input.partnerCode);
    const going = await tx
      .select({ id: parcels.id, trackingId: parcels.trackingId, carrierId: parcels.carrierId })
      .from(parcels)
      .where(
        and(
          eq(parcels.partnerId, partner.id),
          inArray(parcels.status, ["at_store", "attempted"]),
          eq(parcels.dueForReturn, false),
        ),
      )
      .orderBy(parcels.trackingId)
      .for("update");
    for (const parcel of going) {
      await transitionParcel({ db: tx, actor, parcelId: parcel.id, to: "out_for_delivery", at });
    }
    return { outForDelivery: going.length };
  });
}

/** One unfinished parcel back at the store; asking again changes nothing. */
export async function backAtStore(input: { db: DbOrTx; actor: UserActor; trackingId: string; now?: Date }) {
  const { db, actor } = input;
  return db.transaction(async (tx) => {
    const parcel = await findStoreParcel({ db: tx, actor, trackingId: input.trackingId });
    const result = await transitionParcel({
      db: tx,
      actor,
      parcelId: parcel.id,
      to: "at_store",
      at: input.now,
      eventType: "back_at_store",
    });
    return { trackingId: input.trackingId.trim(), changed: result.changed };
  });
}

/** Ends the route: every parcel still out is back at the store. */
export async function endRoute(input: { db: DbOrTx; actor: UserActor; partnerCode: string; now?: Date }) {
  const { db, actor } = input;
  return db.transaction(async (tx) => {
    const partner = await ruralPartner(tx, actor, input.partnerCode);
    const out = await tx
      .select({ id: parcels.id })
      .from(parcels)
      .where(and(eq(parcels.partnerId, partner.id), eq(parcels.status, "out_for_delivery")))
      .for("update");
    for (const parcel of out) {
      await transitionParcel({
        db: tx,
        actor,
        parcelId: parcel.id,
        to: "at_store",
        at: input.now,
        eventType: "back_at_store",
      });
    }
    return { backAtStore: out.length };
  });
}
