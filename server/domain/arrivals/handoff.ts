import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivalParcels, arrivals, type ParcelStatus, parcels, partners } from "@/db/schema";
import { localDayOf } from "@/lib/local-day";
import { AppError, notFound } from "@/server/errors";
import { formatFor, textsFor, type UserActor } from "../actor";
import { appendEvent } from "../events";
import { findStoreParcel } from "../parcels/lookup";
import { transitionParcel } from "../parcels/transition";
import { assertStoreActive } from "../partners/active";
import { inPartnerScope } from "../scope";
import { storeArrival } from "./lookup";
import { recordScan } from "./scans";
import { transitionArrival } from "./transition";

/**
 * The store's arrival, share-locked for the rest of the transaction: the carrier's
 * departure report takes the row first (see `applyArrivalEvent`), so a scan or an undo either
 * lands before the driver leaves or sees that the driver has gone — never in between.
 */
async function lockedArrival(db: DbOrTx, actor: UserActor, arrivalId: string) {
  const query = db
    .select({ arrival: arrivals, timeZone: partners.timeZone })
    .from(arrivals)
    .innerJoin(partners, eq(partners.id, arrivals.partnerId))
    .where(and(eq(arrivals.id, arrivalId), inPartnerScope(arrivals.partnerId, actor)));
  const [row] = await query.for("share", { of: arrivals });
  if (!row) throw notFound("Arrival");
  await assertStoreActive({ db, actor, partnerId: row.arrival.partnerId });
  return row;
}

/** Staff confirm the driver is at the store (when the carrier has not said so yet). */
export async function markDriverArrived(input: { db: DbOrTx; actor: UserActor; arrivalId: string; at?: Date }) {
  const { db, actor, arrivalId, at = new Date() } = input;
  await storeArrival({ db, actor, arrivalId });
  return transitionArrival({ db, actor, arrivalId, to: "arrived", patch: { arrivedAt: at }, at });
}

type Arrival = typeof arrivals.$inferSelect;

function assertPickupAtStore(actor: UserActor, arrival: Arrival) {
  const t = textsFor(actor, "handoff");
  if (arrival.kind !== "pickup") throw new AppError("CONFLICT", t("onlyPickups"));
  if (arrival.status === "completed") {
    throw new AppError("CONFLICT", t("driverLeft"), { reason: "handoff_final" });
  }
  if (arrival.status !== "arrived") {
    const status = textsFor(actor, "parcels")(`statusLabel.${arrival.status}`);
    throw new AppError("CONFLICT", t("driverNotArrived", { status }), { reason: "driver_not_arrived" });
  }
}

/** The parcel of the scan, its row locked, so two scans of it at once apply once. */
async function lockedStoreParcel(tx: DbOrTx, actor: UserActor, arrival: Arrival, trackingId: string) {
  const found = await findStoreParcel({ db: tx, actor, trackingId });
  if (found.partnerId !== arrival.partnerId) {
    throw new AppError("NOT_FOUND", textsFor(actor, "handoff")("noParcelHere", { trackingId: trackingId.trim() }), {
      reason: "unknown_parcel",
    });
  }
  const [parcel] = await tx
    .select({ status: parcels.status, dueArrivalId: parcels.dueArrivalId })
    .from(parcels)
    .where(eq(parcels.id, found.id))
    .for("no key update");
  const [line] = await tx
    .select({ onManifest: arrivalParcels.onManifest, scannedAt: arrivalParcels.scannedAt })
    .from(arrivalParcels)
    .where(and(eq(arrivalParcels.arrivalId, arrival.id), eq(arrivalParcels.parcelId, found.id)));
  return { ...found, ...parcel!, line };
}

/**
 * Why a scanned parcel is not this driver's to take, saying where it belongs when it is due on
 * another pickup: "… is on Gabriel Peterson's 6:15 PM pickup" (in the store's time).
 */
async function notOnThisPickup(
  tx: DbOrTx,
  parcel: { trackingId: string; status: ParcelStatus; dueArrivalId: string | null },
  arrival: Arrival,
  timeZone: string,
  actor: UserActor,
) {
  const format = formatFor(actor);
  const t = textsFor(actor, "handoff");
  const [other] = parcel.dueArrivalId
    ? await tx
        .select({
          id: arrivals.id,
          driverName: arrivals.driverName,
          windowStart: arrivals.windowStart,
          status: arrivals.status,
        })
        .from(arrivals)
        .where(eq(arrivals.id, parcel.dueArrivalId))
    : [];
  const open = parcel.status === "announced" || parcel.status === "ready";
  let where: string;
  if (open && other && other.id !== arrival.id && ["scheduled", "en_route", "arrived"].includes(other.status)) {
    const sameDay = localDayOf(other.windowStart, timeZone) === localDayOf(arrival.windowStart, timeZone);
    const pickup = { driver: other.driverName, time: format.time(other.windowStart, timeZone) };
    where = sameDay
      ? t("onOtherPickup", pickup)
      : t("onOtherPickupDay", { ...pickup, day: format.date(other.windowStart, timeZone) });
  } else if (open) {
    where = t("onNoPickup");
  } else {
    where = t("isStatus", { status: textsFor(actor, "parcels")(`statusLabel.${parcel.status}`) });
  }
  return new AppError("CONFLICT", t("notOnList", { trackingId: parcel.trackingId, where }), {
    reason: "not_on_pickup",
    details: other ? { driverName: other.driverName, windowStart: other.windowStart.toISOString() } : undefined,
  });
}

/**
 * Staff scan a parcel as they hand it to the driver. Only a parcel on this driver's list goes:
 * any other is refused, saying where it belongs, and nothing changes. One on the list but never
 * marked ready needs `anyway` (the person confirmed); it is then marked ready first, late, so
 * the figures still show it. The scan is kept on the arrival for reconciliation with the
 * driver's departure report, the carrier's word on what left.
 */
export async function handOverParcel(input: {
  db: DbOrTx;
  actor: UserActor;
  arrivalId: string;
  trackingId: string;
  anyway?: boolean;
  at?: Date;
}) {
  const { db, actor, arrivalId } = input;
  const at = input.at ?? new Date();
  return db.transaction(async (tx) => {
    const { arrival, timeZone } = await lockedArrival(tx, actor, arrivalId);
    assertPickupAtStore(actor, arrival);
    const parcel = await lockedStoreParcel(tx, actor, arrival, input.trackingId);
    const trackingId = parcel.trackingId;
    const t = textsFor(actor, "handoff");
    if (parcel.status === "picked_up" && parcel.line?.scannedAt) {
      return { trackingId, status: parcel.status, changed: false };
    }
    if (!parcel.line?.onManifest) throw await notOnThisPickup(tx, parcel, arrival, timeZone, actor);
    if (parcel.status === "announced") {
      if (!input.anyway) {
        throw new AppError("CONFLICT", t("notMarkedReady"), {
          reason: "not_ready",
          details: { trackingId },
        });
      }
      await transitionParcel({ db: tx, actor, parcelId: parcel.id, to: "ready", at });
    } else if (parcel.status !== "ready") {
      const status = textsFor(actor, "parcels")(`statusLabel.${parcel.status}`);
      throw new AppError("CONFLICT", t("cannotHandOver", { trackingId, status }), {
        reason: "invalid_transition",
        details: { status: parcel.status },
      });
    }
    const result = await transitionParcel({
      db: tx,
      actor,
      parcelId: parcel.id,
      to: "picked_up",
      at,
      eventData: { arrivalId: arrival.externalId },
    });
    await recordScan({ db: tx, arrivalId: arrival.id, parcelId: parcel.id, userId: actor.userId, at });
    return { trackingId, status: result.parcel.status, changed: result.changed };
  });
}

/**
 * Undoes a mis-scan while the driver is still at the store: the parcel is ready again (its
 * `readyAt` kept) and no longer scanned out. Once the driver has left the handoff is final.
 */
export async function undoHandOver(input: { db: DbOrTx; actor: UserActor; arrivalId: string; trackingId: string }) {
  const { db, actor, arrivalId } = input;
  return db.transaction(async (tx) => {
    const { arrival } = await lockedArrival(tx, actor, arrivalId);
    assertPickupAtStore(actor, arrival);
    const parcel = await lockedStoreParcel(tx, actor, arrival, input.trackingId);
    const trackingId = parcel.trackingId;
    if (parcel.status === "ready" && parcel.line?.onManifest && !parcel.line.scannedAt) {
      return { trackingId, status: parcel.status, changed: false }; // undone already
    }
    if (parcel.status !== "picked_up" || !parcel.line?.scannedAt) {
      throw new AppError("CONFLICT", textsFor(actor, "handoff")("nothingToUndo", { trackingId }), {
        reason: "not_handed_over",
      });
    }
    const result = await transitionParcel({
      db: tx,
      actor,
      parcelId: parcel.id,
      to: "ready",
      via: "handoff_undo",
      patch: () => ({ pickedUpAt: null }),
      eventType: "handoff_undone",
      eventData: { arrivalId: arrival.externalId },
    });
    await tx
      .update(arrivalParcels)
      .set({ scannedAt: null, scannedByUserId: null })
      .where(and(eq(arrivalParcels.arrivalId, arrival.id), eq(arrivalParcels.parcelId, parcel.id)));
    return { trackingId, status: result.parcel.status, changed: result.changed };
  });
}

/**
 * Staff have finished handing over: kept on the arrival's history with what went and what
 * stays, so a later question ("was it handed over?") has the store's own answer beside the
 * driver's. The arrival itself completes when the carrier reports the departure.
 */
export async function finishHandoff(input: { db: DbOrTx; actor: UserActor; arrivalId: string; at?: Date }) {
  const { db, actor, arrivalId } = input;
  const at = input.at ?? new Date();
  return db.transaction(async (tx) => {
    const { arrival } = await lockedArrival(tx, actor, arrivalId);
    assertPickupAtStore(actor, arrival);
    const lines = await tx
      .select({ trackingId: parcels.trackingId, status: parcels.status, scannedAt: arrivalParcels.scannedAt })
      .from(arrivalParcels)
      .innerJoin(parcels, eq(parcels.id, arrivalParcels.parcelId))
      .where(and(eq(arrivalParcels.arrivalId, arrival.id), eq(arrivalParcels.onManifest, true)));
    const handed = lines
      .filter((l) => l.scannedAt && l.status === "picked_up")
      .map((l) => l.trackingId)
      .sort();
    const notHanded = lines
      .filter((l) => !(l.scannedAt && l.status === "picked_up") && l.status !== "cancelled")
      .map((l) => l.trackingId)
      .sort();
    await appendEvent({
      db: tx,
      actor,
      event: {
        subject: "arrival",
        partnerId: arrival.partnerId,
        arrivalId: arrival.id,
        type: "handoff_finished",
        fromStatus: arrival.status,
        toStatus: arrival.status,
        at,
        data: { handed, notHanded },
      },
    });
    return { handed, notHanded };
  });
}
