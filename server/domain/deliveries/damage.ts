import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivalParcels, parcels, proofFiles } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { UserActor } from "../actor";
import { storeDropoff } from "../arrivals/lookup";
import { appendEvent } from "../events";
import { findStoreParcel } from "../parcels/lookup";
import { deliveryRefusals } from "./refusals";

/**
 * Staff found a parcel damaged while checking in the drop. A photo of the damage (a proof of
 * kind `damage_photo` of this parcel) is required: without one nothing changes. The manifest
 * row keeps the flag and the photo, and the parcel becomes due for return (SPEC: damage sends
 * it back with the next driver). Marking it again changes nothing.
 */
export async function markDamaged(input: {
  db: DbOrTx;
  actor: UserActor;
  arrivalId: string;
  trackingId: string;
  photoId?: string | null;
  at?: Date;
}) {
  const { db, actor, at = new Date() } = input;
  const refusals = deliveryRefusals(actor);
  return db.transaction(async (tx) => {
    const arrival = await storeDropoff({ db: tx, actor, arrivalId: input.arrivalId });
    const trackingId = input.trackingId.trim();
    if (!input.photoId) {
      throw new AppError("BAD_REQUEST", refusals.t("refusals.damagePhotoRequired", { trackingId }), {
        reason: "photo_required",
      });
    }
    if (arrival.checkedInAt) throw new AppError("CONFLICT", refusals.t("refusals.checkInComplete"));
    const parcel = await findStoreParcel({ db: tx, actor, trackingId });
    const [line] = await tx
      .select({ scannedAt: arrivalParcels.scannedAt, damagedAt: arrivalParcels.damagedAt })
      .from(arrivalParcels)
      .where(and(eq(arrivalParcels.arrivalId, arrival.id), eq(arrivalParcels.parcelId, parcel.id)))
      .for("update");
    if (!line?.scannedAt) {
      throw new AppError("CONFLICT", refusals.t("refusals.scanFirst", { trackingId }), {
        reason: "not_scanned",
      });
    }
    if (line.damagedAt) return { trackingId, changed: false };
    if (parcel.status !== "at_store") {
      throw new AppError(
        "CONFLICT",
        refusals.t("refusals.onlyAtStoreDamaged", { trackingId, status: refusals.status(parcel.status) }),
      );
    }
    const [photo] = await tx
      .select({ id: proofFiles.id })
      .from(proofFiles)
      .where(
        and(eq(proofFiles.id, input.photoId), eq(proofFiles.parcelId, parcel.id), eq(proofFiles.kind, "damage_photo")),
      );
    if (!photo) {
      throw new AppError("BAD_REQUEST", refusals.t("refusals.damagePhotoWrong"), {
        reason: "photo_required",
      });
    }
    await tx
      .update(arrivalParcels)
      .set({
        damagedAt: at,
        damagePhotoId: photo.id,
        // A parcel not on the manifest stays "unexpected"; `damagedAt` still counts it damaged.
        discrepancy: sql`coalesce(${arrivalParcels.discrepancy}, 'damaged')`,
      })
      .where(and(eq(arrivalParcels.arrivalId, arrival.id), eq(arrivalParcels.parcelId, parcel.id)));
    await tx.update(parcels).set({ dueForReturn: true, updatedAt: new Date() }).where(eq(parcels.id, parcel.id));
    await appendEvent({
      db: tx,
      actor,
      event: {
        subject: "parcel",
        partnerId: parcel.partnerId,
        parcelId: parcel.id,
        arrivalId: arrival.id,
        type: "damaged",
        fromStatus: parcel.status,
        toStatus: parcel.status,
        at,
        data: { arrivalId: arrival.externalId, photoId: photo.id },
      },
    });
    return { trackingId, changed: true };
  });
}
