import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { deliveryAttempts, failureReasons, partners, proofFiles } from "@/db/schema";
import { AppError, toAppError } from "@/server/errors";
import type { UserActor } from "../actor";
import { geodesicMeters, isWithinRadius } from "../geo/distance";
import { findStoreParcel } from "../parcels/store-actions";
import { transitionParcel } from "../parcels/transition";
import { enqueueWebhook } from "../webhooks/enqueue";

/** After this many failed attempts a parcel goes back to the carrier. */
export const MAX_FAILED_ATTEMPTS = 3;

export const logDeliverySchema = z
  .object({
    /** Made on the device for each tap, so a retried sync is applied once. */
    clientActionId: z.string().trim().min(8).max(100),
    trackingId: z.string().trim().min(1).max(64),
    outcome: z.enum(["delivered", "failed"]),
    recipientName: z.string().trim().max(200).optional(),
    photoId: z.uuid().optional(),
    signatureId: z.uuid().optional(),
    failureReason: z.enum(failureReasons).optional(),
    failureNote: z.string().trim().max(500).optional(),
    lat: z.number().min(-90).max(90).optional(),
    lng: z.number().min(-180).max(180).optional(),
    accuracyMeters: z.number().min(0).max(100_000).optional(),
    /** When the person tapped, on the device: a delivery logged offline keeps its real time. */
    tappedAt: z.coerce.date(),
  })
  .refine((d) => d.outcome === "failed" || (d.recipientName && d.photoId), {
    message: "A delivery needs the recipient's name and a proof photo.",
    path: ["photoId"],
  })
  .refine((d) => d.outcome === "delivered" || d.failureReason, {
    message: "Choose why it failed.",
    path: ["failureReason"],
  });
export type LogDeliveryInput = z.infer<typeof logDeliverySchema>;

export type LogResult =
  | { result: "recorded"; status: string; outOfRadius: boolean; dueForReturn: boolean }
  | { result: "already_recorded" }
  | { result: "conflict"; message: string };

/**
 * Records a delivery or a failed attempt. The attempt is always kept (nothing a partner logs is
 * thrown away); the parcel moves if its status still allows (a parcel cancelled meanwhile is a
 * conflict shown to the person). A GPS fix beyond the radius plus its accuracy is flagged.
 */
export async function logDelivery(db: DbOrTx, actor: UserActor, input: LogDeliveryInput): Promise<LogResult> {
  return db.transaction(async (tx) => {
    const [seen] = await tx
      .select({ id: deliveryAttempts.id })
      .from(deliveryAttempts)
      .where(eq(deliveryAttempts.clientActionId, input.clientActionId));
    if (seen) return { result: "already_recorded" };

    const parcel = await findStoreParcel(tx, actor, input.trackingId);
    const [store] = await tx.select().from(partners).where(eq(partners.id, parcel.partnerId));
    if (store?.program !== "local_delivery")
      throw new AppError("CONFLICT", "Only local delivery parcels are delivered by the store.");
    for (const proofId of [input.photoId, input.signatureId]) {
      if (!proofId) continue;
      const [proof] = await tx
        .select({ id: proofFiles.id })
        .from(proofFiles)
        .where(and(eq(proofFiles.id, proofId), eq(proofFiles.parcelId, parcel.id)));
      if (!proof) throw new AppError("BAD_REQUEST", "That photo belongs to another parcel; take it again.");
    }
    const fix = input.lat !== undefined && input.lng !== undefined ? { lat: input.lat, lng: input.lng } : null;
    const distanceMeters = fix ? geodesicMeters(store, fix) : null;
    const outOfRadius =
      distanceMeters !== null && !isWithinRadius(distanceMeters, store.radiusMiles, input.accuracyMeters ?? 0);
    const inserted = await tx
      .insert(deliveryAttempts)
      .values({
        clientActionId: input.clientActionId,
        parcelId: parcel.id,
        partnerId: parcel.partnerId,
        userId: actor.userId,
        outcome: input.outcome,
        failureReason: input.outcome === "failed" ? input.failureReason : null,
        failureNote: input.failureNote ?? null,
        recipientName: input.recipientName ?? null,
        photoId: input.photoId ?? null,
        signatureId: input.signatureId ?? null,
        lat: fix?.lat ?? null,
        lng: fix?.lng ?? null,
        accuracyMeters: input.accuracyMeters ?? null,
        distanceMeters,
        outOfRadius,
        tappedAt: input.tappedAt,
      })
      .onConflictDoNothing({ target: deliveryAttempts.clientActionId })
      .returning({ id: deliveryAttempts.id });
    if (inserted.length === 0) return { result: "already_recorded" };

    try {
      const moved = await tx.transaction(async (inner) => {
        if (input.outcome === "delivered") {
          return transitionParcel({ db: inner, actor, parcelId: parcel.id, to: "delivered", at: input.tappedAt });
        }
        return transitionParcel({
          db: inner,
          actor,
          parcelId: parcel.id,
          to: "attempted",
          at: input.tappedAt,
          eventData: { reason: input.failureReason },
          patch: (current) => {
            const failedAttempts = current.failedAttempts + 1;
            const giveBack =
              failedAttempts >= MAX_FAILED_ATTEMPTS ||
              input.failureReason === "refused" ||
              input.failureReason === "damaged";
            return { failedAttempts, dueForReturn: current.dueForReturn || giveBack };
          },
        });
      });
      await enqueueWebhook(
        tx,
        parcel.carrierId,
        input.outcome === "delivered" ? "parcel.delivered" : "parcel.delivery_failed",
        {
          trackingId: input.trackingId,
          partnerCode: parcel.partnerCode,
          at: input.tappedAt.toISOString(),
          ...(input.outcome === "failed" ? { reason: input.failureReason } : {}),
        },
      );
      return { result: "recorded", status: moved.parcel.status, outOfRadius, dueForReturn: moved.parcel.dueForReturn };
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code !== "CONFLICT") throw error;
      return { result: "conflict", message: `${appError.message} Your record was kept for the manager.` };
    }
  });
}
