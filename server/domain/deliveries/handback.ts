import "server-only";
import { and, asc, eq, inArray, isNotNull, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type ArrivalStatus, arrivalParcels, type arrivals, parcels } from "@/db/schema";
import { AppError, notFound } from "@/server/errors";
import type { UserActor } from "../actor";
import { storeDropoff } from "../arrivals/lookup";
import { appendEvent } from "../events";
import { findStoreParcel } from "../parcels/lookup";
import { lockParcel } from "../parcels/transition";
import { deliveryRefusals } from "./refusals";

/** The driver is still to come or at the store: parcels can be handed to them. */
const driverAround: readonly ArrivalStatus[] = ["scheduled", "en_route", "arrived"];

/**
 * What the store hands back to a drop-off's driver: its parcels due for return that are still
 * in its hands, and those already handed over on this drop (with any mismatch the driver's
 * departure report raised).
 */
export async function handBackList({ db, arrival }: { db: DbOrTx; arrival: typeof arrivals.$inferSelect }) {
  return db
    .select({
      trackingId: parcels.trackingId,
      recipientName: parcels.recipientName,
      status: parcels.status,
      failedAttempts: parcels.failedAttempts,
      handedBackAt: arrivalParcels.handedBackAt,
      discrepancy: arrivalParcels.discrepancy,
    })
    .from(parcels)
    .leftJoin(arrivalParcels, and(eq(arrivalParcels.parcelId, parcels.id), eq(arrivalParcels.arrivalId, arrival.id)))
    .where(
      and(
        eq(parcels.partnerId, arrival.partnerId),
        or(
          and(eq(parcels.dueForReturn, true), inArray(parcels.status, ["at_store", "attempted"])),
          isNotNull(arrivalParcels.handedBackAt),
        ),
      ),
    )
    .orderBy(asc(parcels.trackingId));
}

/**
 * Staff hand a parcel due for return to the drop-off's driver. The scan is kept on the drop
 * (like a mall handoff scan); the parcel becomes `returned` when the carrier's `departed`
 * report lists it as picked up, and a handed-back parcel the driver does not list is a handoff
 * mismatch. Handing it over twice changes nothing.
 */
export async function handBackParcel(input: {
  db: DbOrTx;
  actor: UserActor;
  arrivalId: string;
  trackingId: string;
  at?: Date;
}) {
  const { db, actor, arrivalId, trackingId, at = new Date() } = input;
  const refusals = deliveryRefusals(actor);
  return db.transaction(async (tx) => {
    const arrival = await storeDropoff({ db: tx, actor, arrivalId });
    const id = trackingId.trim();
    if (!driverAround.includes(arrival.status)) {
      throw new AppError(
        "CONFLICT",
        refusals.t("refusals.driverGone", { status: refusals.status(arrival.status), trackingId: id }),
        { reason: "driver_gone" },
      );
    }
    const found = await findStoreParcel({ db: tx, actor, trackingId: id });
    if (found.partnerId !== arrival.partnerId) throw notFound("Parcel");
    const parcel = await lockParcel({ db: tx, actor, parcelId: found.id });
    const [line] = await tx
      .select({ handedBackAt: arrivalParcels.handedBackAt })
      .from(arrivalParcels)
      .where(and(eq(arrivalParcels.arrivalId, arrival.id), eq(arrivalParcels.parcelId, parcel.id)));
    if (line?.handedBackAt) return { trackingId: id, changed: false };
    if (parcel.status !== "at_store" && parcel.status !== "attempted") {
      throw new AppError(
        "CONFLICT",
        refusals.t("refusals.cannotHandBack", { trackingId: id, status: refusals.status(parcel.status) }),
        {
          reason: "invalid_transition",
          details: { status: parcel.status },
        },
      );
    }
    if (!parcel.dueForReturn) {
      throw new AppError("CONFLICT", refusals.t("refusals.notDueForReturn", { trackingId: id }), {
        reason: "not_due_for_return",
      });
    }
    await tx
      .insert(arrivalParcels)
      .values({
        arrivalId: arrival.id,
        parcelId: parcel.id,
        onManifest: false,
        handedBackAt: at,
        handedBackByUserId: actor.userId,
      })
      .onConflictDoUpdate({
        target: [arrivalParcels.arrivalId, arrivalParcels.parcelId],
        set: { handedBackAt: at, handedBackByUserId: actor.userId },
      });
    await appendEvent({
      db: tx,
      actor,
      event: {
        subject: "parcel",
        partnerId: parcel.partnerId,
        parcelId: parcel.id,
        arrivalId: arrival.id,
        type: "handed_back",
        fromStatus: parcel.status,
        toStatus: parcel.status,
        at,
        data: { arrivalId: arrival.externalId },
      },
    });
    return { trackingId: id, changed: true };
  });
}
