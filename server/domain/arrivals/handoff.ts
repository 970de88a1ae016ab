import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivals } from "@/db/schema";
import { AppError, notFound } from "@/server/errors";
import type { UserActor } from "../actor";
import { statusLabel } from "../lifecycle/transitions";
import { findStoreParcel } from "../parcels/store-actions";
import { transitionParcel } from "../parcels/transition";
import { inPartnerScope } from "../scope";
import { enqueueWebhook } from "../webhooks/enqueue";
import { recordScan } from "./scans";
import { transitionArrival } from "./transition";

async function storeArrival(db: DbOrTx, actor: UserActor, arrivalId: string) {
  const [arrival] = await db
    .select()
    .from(arrivals)
    .where(and(eq(arrivals.id, arrivalId), inPartnerScope(arrivals.partnerId, actor)));
  if (!arrival) throw notFound("Arrival");
  return arrival;
}

/** Staff confirm the driver is at the store (when the carrier has not said so yet). */
export async function markDriverArrived(db: DbOrTx, actor: UserActor, arrivalId: string, at = new Date()) {
  await storeArrival(db, actor, arrivalId);
  return transitionArrival({ db, actor, arrivalId, to: "arrived", patch: { arrivedAt: at }, at });
}

/**
 * Staff scan a parcel as they hand it to the driver: it becomes picked up (a parcel never
 * marked ready is marked ready first, late, so the figures still show it) and the scan is kept
 * on the arrival for reconciliation with the driver's departure report.
 */
export async function handOverParcel(
  db: DbOrTx,
  actor: UserActor,
  arrivalId: string,
  trackingId: string,
  at = new Date(),
) {
  return db.transaction(async (tx) => {
    const arrival = await storeArrival(tx, actor, arrivalId);
    if (arrival.kind !== "pickup") throw new AppError("CONFLICT", "Only pickups take handed-over parcels.");
    if (arrival.status !== "arrived") {
      throw new AppError(
        "CONFLICT",
        `The driver is ${statusLabel(arrival.status)}, not at the store. Confirm the driver has arrived first.`,
        { reason: "driver_not_arrived" },
      );
    }
    const parcel = await findStoreParcel(tx, actor, trackingId);
    if (parcel.partnerId !== arrival.partnerId)
      throw new AppError("NOT_FOUND", `No parcel ${trackingId} at this store.`);
    if (parcel.status === "announced") {
      await transitionParcel({ db: tx, actor, parcelId: parcel.id, to: "ready", at });
      await enqueueWebhook(tx, parcel.carrierId, "parcel.ready", { trackingId, partnerCode: parcel.partnerCode });
    }
    const result = await transitionParcel({
      db: tx,
      actor,
      parcelId: parcel.id,
      to: "picked_up",
      at,
      eventData: { arrivalId: arrival.externalId },
    });
    await recordScan(tx, arrival.id, parcel.id, actor.userId, at);
    return { trackingId, status: result.parcel.status, changed: result.changed };
  });
}
