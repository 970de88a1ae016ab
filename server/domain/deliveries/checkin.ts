import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivalParcels, arrivals, parcels } from "@/db/schema";
import { AppError, notFound } from "@/server/errors";
import type { UserActor } from "../actor";
import { storeDropoff } from "../arrivals/lookup";
import { recordScan } from "../arrivals/scans";
import { appendDiscrepancies, appendEvent } from "../events";
import { findStoreParcel } from "../parcels/lookup";
import { transitionParcel } from "../parcels/transition";
import { acceptPartnerTime } from "../time/sent-time";
import { reconcileDropRows } from "./reconcile";
import { deliveryRefusals } from "./refusals";

/**
 * One parcel scanned in at the morning drop: it is now at the store (and the carrier hears
 * `parcel.received`). A parcel of the store that was not on the manifest is kept as scanned
 * and reported unexpected when the check-in completes. Scanning twice changes nothing.
 */
export async function scanIn(input: {
  db: DbOrTx;
  actor: UserActor;
  arrivalId: string;
  trackingId: string;
  scannedAt?: Date;
}) {
  const { db, actor, arrivalId, trackingId, scannedAt = new Date() } = input;
  const refusals = deliveryRefusals(actor);
  return db.transaction(async (tx) => {
    const arrival = await storeDropoff({ db: tx, actor, arrivalId });
    if (arrival.checkedInAt) throw new AppError("CONFLICT", refusals.t("refusals.checkInComplete"));
    const at = await acceptPartnerTime({
      db: tx,
      partnerId: arrival.partnerId,
      at: scannedAt,
      field: "scannedAt",
      kind: "happened",
    });
    const parcel = await findStoreParcel({ db: tx, actor, trackingId });
    if (parcel.partnerId !== arrival.partnerId) throw notFound("Parcel");
    const result =
      parcel.status === "announced"
        ? await transitionParcel({
            db: tx,
            actor,
            parcelId: parcel.id,
            to: "at_store",
            at,
            eventData: { arrivalId: arrival.externalId },
          })
        : null;
    if (!result?.changed && parcel.status !== "at_store") {
      throw new AppError(
        "CONFLICT",
        refusals.t("refusals.cannotScanIn", {
          trackingId: parcel.trackingId,
          status: refusals.status(parcel.status),
        }),
      );
    }
    await recordScan({ db: tx, arrivalId: arrival.id, parcelId: parcel.id, userId: actor.userId, at });
    return { trackingId: parcel.trackingId, changed: Boolean(result?.changed) };
  });
}

/**
 * Closes the morning check-in: manifest parcels never scanned are flagged missing, scanned
 * parcels not on the manifest unexpected, and the summary (with the parcels marked damaged)
 * is returned.
 */
export async function completeCheckIn(input: { db: DbOrTx; actor: UserActor; arrivalId: string; at?: Date }) {
  const { db, actor, arrivalId, at = new Date() } = input;
  return db.transaction(async (tx) => {
    const arrival = await storeDropoff({ db: tx, actor, arrivalId });
    const rows = await tx
      .select({
        parcelId: arrivalParcels.parcelId,
        trackingId: parcels.trackingId,
        status: parcels.status,
        onManifest: arrivalParcels.onManifest,
        scannedAt: arrivalParcels.scannedAt,
        discrepancy: arrivalParcels.discrepancy,
        damagedAt: arrivalParcels.damagedAt,
      })
      .from(arrivalParcels)
      .innerJoin(parcels, eq(parcels.id, arrivalParcels.parcelId))
      .where(eq(arrivalParcels.arrivalId, arrival.id));
    const result = reconcileDropRows(rows);
    if (!arrival.checkedInAt) {
      const idsOf = (trackingIds: string[]) =>
        rows.filter((r) => trackingIds.includes(r.trackingId)).map((r) => r.parcelId);
      if (result.missing.length) {
        await tx
          .update(arrivalParcels)
          .set({ discrepancy: "missing" })
          .where(
            and(
              eq(arrivalParcels.arrivalId, arrival.id),
              inArray(arrivalParcels.parcelId, idsOf(result.missing)),
              isNull(arrivalParcels.scannedAt),
            ),
          );
      }
      if (result.unexpected.length) {
        await tx
          .update(arrivalParcels)
          .set({ discrepancy: "unexpected" })
          .where(
            and(eq(arrivalParcels.arrivalId, arrival.id), inArray(arrivalParcels.parcelId, idsOf(result.unexpected))),
          );
      }
      await tx.update(arrivals).set({ checkedInAt: at, updatedAt: new Date() }).where(eq(arrivals.id, arrival.id));
      await appendEvent({
        db: tx,
        actor,
        event: {
          subject: "arrival",
          partnerId: arrival.partnerId,
          arrivalId: arrival.id,
          type: "checked_in",
          fromStatus: arrival.status,
          toStatus: arrival.status,
          at,
          data: result.summary,
        },
      });
      await appendDiscrepancies({
        db: tx,
        actor,
        arrival,
        discrepancies: [
          ...result.missing.map((trackingId) => ({ trackingId, kind: "missing" as const })),
          ...result.unexpected.map((trackingId) => ({ trackingId, kind: "unexpected" as const })),
          ...result.damaged.map((trackingId) => ({ trackingId, kind: "damaged" as const })),
        ],
        at,
      });
    }
    return result;
  });
}
