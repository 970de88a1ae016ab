import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivalParcels, arrivals, parcels } from "@/db/schema";
import { AppError, notFound } from "@/server/errors";
import type { Actor, UserActor } from "../actor";
import { recordScan } from "../arrivals/scans";
import { appendEvent } from "../events";
import { findStoreParcel } from "../parcels/store-actions";
import { transitionParcel } from "../parcels/transition";
import { getPartnerByCode } from "../partners/queries";
import { localDayBounds, localDayOf } from "../time/local-day";
import { enqueueWebhook } from "../webhooks/enqueue";
import { handBackList } from "./handback";
import { reconcileDrop } from "./reconcile";
import { storeDropoff } from "./store-dropoff";

/**
 * A rural store's drop-off for its local today (the one asked for, else the earliest: a store
 * may get a second drop in a day), with the manifest as scanned so far, the other drops of the
 * day, and the parcels to hand back to the driver.
 */
export async function todaysDrop(db: DbOrTx, actor: Actor, code: string, now = new Date(), arrivalId?: string) {
  const partner = await getPartnerByCode(db, actor, code);
  if (partner.program !== "local_delivery")
    throw new AppError("CONFLICT", "Only local delivery stores receive a morning drop.");
  const { start, end } = localDayBounds(localDayOf(now, partner.timeZone), partner.timeZone);
  const drops = await db
    .select()
    .from(arrivals)
    .where(
      and(
        eq(arrivals.partnerId, partner.id),
        eq(arrivals.kind, "dropoff"),
        gte(arrivals.windowStart, start),
        lt(arrivals.windowStart, end),
        inArray(arrivals.status, ["scheduled", "en_route", "arrived", "completed"]),
      ),
    )
    .orderBy(asc(arrivals.windowStart), asc(arrivals.createdAt));
  const arrival = drops.find((d) => d.id === arrivalId) ?? drops[0];
  const others = drops.map((d) => ({ id: d.id, windowStart: d.windowStart, driverName: d.driverName }));
  if (!arrival) return { partner, arrival: null, drops: others, lines: [], handBack: [] };
  const [lines, handBack] = await Promise.all([
    db
      .select({
        trackingId: parcels.trackingId,
        recipientName: parcels.recipientName,
        status: parcels.status,
        onManifest: arrivalParcels.onManifest,
        scannedAt: arrivalParcels.scannedAt,
        discrepancy: arrivalParcels.discrepancy,
        damagedAt: arrivalParcels.damagedAt,
        damagePhotoId: arrivalParcels.damagePhotoId,
      })
      .from(arrivalParcels)
      .innerJoin(parcels, eq(parcels.id, arrivalParcels.parcelId))
      // Rows only for a hand-back are listed with the hand-backs, not the drop.
      .where(
        and(
          eq(arrivalParcels.arrivalId, arrival.id),
          or(eq(arrivalParcels.onManifest, true), isNotNull(arrivalParcels.scannedAt)),
        ),
      )
      .orderBy(asc(parcels.trackingId)),
    handBackList(db, arrival),
  ]);
  return { partner, arrival, drops: others, lines, handBack };
}

/**
 * One parcel scanned in at the morning drop: it is now at the store (and the carrier hears
 * `parcel.received`). A parcel of the store that was not on the manifest is kept as scanned
 * and reported unexpected when the check-in completes. Scanning twice changes nothing.
 */
export async function scanIn(db: DbOrTx, actor: UserActor, arrivalId: string, trackingId: string, at = new Date()) {
  return db.transaction(async (tx) => {
    const arrival = await storeDropoff(tx, actor, arrivalId);
    if (arrival.checkedInAt) throw new AppError("CONFLICT", "This drop's check-in is already complete.");
    const parcel = await findStoreParcel(tx, actor, trackingId);
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
    if (result?.changed) {
      await enqueueWebhook(tx, parcel.carrierId, "parcel.received", {
        trackingId: trackingId.trim(),
        partnerCode: parcel.partnerCode,
      });
    } else if (parcel.status !== "at_store") {
      throw new AppError(
        "CONFLICT",
        `Parcel ${trackingId.trim()} is ${parcel.status.replaceAll("_", " ")}; it cannot be scanned in.`,
      );
    }
    await recordScan(tx, arrival.id, parcel.id, actor.userId, at);
    return { trackingId: trackingId.trim(), changed: Boolean(result?.changed) };
  });
}

/**
 * Closes the morning check-in: manifest parcels never scanned are flagged missing, scanned
 * parcels not on the manifest unexpected, and the summary (with the parcels marked damaged)
 * is returned.
 */
export async function completeCheckIn(db: DbOrTx, actor: UserActor, arrivalId: string, at = new Date()) {
  return db.transaction(async (tx) => {
    const arrival = await storeDropoff(tx, actor, arrivalId);
    const rows = await tx
      .select({
        parcelId: arrivalParcels.parcelId,
        trackingId: parcels.trackingId,
        onManifest: arrivalParcels.onManifest,
        scannedAt: arrivalParcels.scannedAt,
        discrepancy: arrivalParcels.discrepancy,
        damagedAt: arrivalParcels.damagedAt,
      })
      .from(arrivalParcels)
      .innerJoin(parcels, eq(parcels.id, arrivalParcels.parcelId))
      .where(eq(arrivalParcels.arrivalId, arrival.id));
    const result = reconcileDrop(
      rows.filter((r) => r.onManifest).map((r) => r.trackingId),
      rows
        .filter((r) => r.scannedAt)
        .map((r) => ({ trackingId: r.trackingId, damaged: r.damagedAt !== null || r.discrepancy === "damaged" })),
    );
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
      await appendEvent(tx, actor, {
        subject: "arrival",
        partnerId: arrival.partnerId,
        arrivalId: arrival.id,
        type: "checked_in",
        fromStatus: arrival.status,
        toStatus: arrival.status,
        at,
        data: result.summary,
      });
      if (result.missing.length || result.unexpected.length || result.damaged.length) {
        await enqueueWebhook(tx, arrival.carrierId, "arrival.discrepancy", {
          arrivalId: arrival.externalId,
          discrepancies: [
            ...result.missing.map((trackingId) => ({ trackingId, kind: "missing" })),
            ...result.unexpected.map((trackingId) => ({ trackingId, kind: "unexpected" })),
            ...result.damaged.map((trackingId) => ({ trackingId, kind: "damaged" })),
          ],
        });
      }
    }
    return result;
  });
}
