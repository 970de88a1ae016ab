import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivalParcels, arrivals, type ManifestDiscrepancy, parcels } from "@/db/schema";
import { statusLabel } from "@/lib/lifecycle";
import { AppError, notFound } from "@/server/errors";
import type { CarrierActor } from "../actor";
import { appendDiscrepancies, appendEvent } from "../events";
import { transitionParcel } from "../parcels/transition";
import { acceptPartnerTime, type TimeKind } from "../time/sent-time";
import type { Discrepancy } from "../webhooks/payloads";
import { lockArrivalParcels, rollToNextArrival } from "./roll";
import type { ArrivalEventInput } from "./schemas";
import { transitionArrival } from "./transition";

export type { Discrepancy } from "../webhooks/payloads";

/** The Carrier API's `POST /arrivals/{arrivalId}/events`: what happened on a driver visit. */
export async function applyArrivalEvent(input: {
  db: DbOrTx;
  actor: CarrierActor;
  externalId: string;
  event: ArrivalEventInput;
}): Promise<{ arrival: typeof arrivals.$inferSelect; discrepancies: Discrepancy[] }> {
  const { db, actor, externalId, event } = input;
  return db.transaction(async (tx) => {
    // Locked first, so the store's scans and hand-backs on this arrival wait for the report
    // (`no key update` leaves inserts of its manifest rows free).
    const [arrival] = await tx
      .select()
      .from(arrivals)
      .where(and(eq(arrivals.carrierId, actor.carrierId), eq(arrivals.externalId, externalId)))
      .for("no key update");
    if (!arrival) throw notFound("Arrival");
    const sent = (at: string, field: string, kind: TimeKind) =>
      acceptPartnerTime({ db: tx, partnerId: arrival.partnerId, at: new Date(at), field, kind });
    const move = (to: "en_route" | "arrived" | "completed" | "cancelled", patch = {}, at?: Date) =>
      transitionArrival({ db: tx, actor, arrivalId: arrival.id, to, patch, at });

    switch (event.type) {
      case "eta": {
        const eta = await sent(event.eta, "eta", "expected");
        if (arrival.status === "scheduled")
          return { arrival: (await move("en_route", { eta })).arrival, discrepancies: [] };
        if (arrival.status !== "en_route") throw refused(arrival, "take a new ETA");
        const [updated] = await tx
          .update(arrivals)
          .set({ eta, updatedAt: new Date() })
          .where(eq(arrivals.id, arrival.id))
          .returning();
        await appendEvent({
          db: tx,
          actor,
          event: {
            subject: "arrival",
            partnerId: arrival.partnerId,
            arrivalId: arrival.id,
            type: "eta",
            fromStatus: arrival.status,
            toStatus: arrival.status,
            data: { eta: event.eta },
          },
        });
        return { arrival: updated!, discrepancies: [] };
      }
      case "arrived": {
        const at = await sent(event.at, "at", "happened");
        const result = await move("arrived", { arrivedAt: at }, at);
        return { arrival: result.arrival, discrepancies: [] };
      }
      case "departed": {
        const at = await sent(event.at, "at", "happened");
        await lockArrivalParcels({ db: tx, arrival, trackingIds: [...event.pickedUp, ...event.droppedOff] });
        if (arrival.status === "scheduled" || arrival.status === "en_route") {
          await move("arrived", { arrivedAt: at }, at);
        } else if (arrival.status !== "arrived") {
          throw refused(arrival, "depart");
        }
        const discrepancies =
          arrival.kind === "pickup"
            ? await reconcilePickup(tx, actor, arrival, event.pickedUp, at)
            : await reconcileDropoff(tx, actor, arrival, event.droppedOff, event.pickedUp, at);
        const completed = await move("completed", { departedAt: at }, at);
        await appendDiscrepancies({ db: tx, actor, arrival: completed.arrival, discrepancies, at });
        return { arrival: completed.arrival, discrepancies };
      }
      case "cancelled": {
        await lockArrivalParcels({ db: tx, arrival, trackingIds: [] });
        const result = await move("cancelled", { cancelledReason: event.reason });
        if (arrival.kind === "pickup") {
          const due = await tx
            .select({ id: parcels.id })
            .from(parcels)
            .where(and(eq(parcels.dueArrivalId, arrival.id), inArray(parcels.status, ["announced", "ready"])));
          await rollToNextArrival({ db: tx, arrival, parcelIds: due.map((p) => p.id) });
        }
        return { arrival: result.arrival, discrepancies: [] };
      }
    }
  });
}

function refused(arrival: typeof arrivals.$inferSelect, what: string) {
  return new AppError(
    "CONFLICT",
    `Arrival ${arrival.externalId} is ${statusLabel(arrival.status)}; it cannot ${what}.`,
    {
      reason: "invalid_transition",
      details: { status: arrival.status },
    },
  );
}

type ManifestLine = {
  parcelId: string;
  trackingId: string;
  status: (typeof parcels.$inferSelect)["status"];
  onManifest: boolean | null;
  scannedAt: Date | null;
  handedBackAt: Date | null;
};

async function manifestOf(
  tx: DbOrTx,
  { arrivalId, partnerId, carrierId }: { arrivalId: string; partnerId: string; carrierId: string },
  extraTrackingIds: string[],
) {
  const lines: ManifestLine[] = await tx
    .select({
      parcelId: parcels.id,
      trackingId: parcels.trackingId,
      status: parcels.status,
      onManifest: arrivalParcels.onManifest,
      scannedAt: arrivalParcels.scannedAt,
      handedBackAt: arrivalParcels.handedBackAt,
    })
    .from(arrivalParcels)
    .innerJoin(parcels, eq(parcels.id, arrivalParcels.parcelId))
    .where(eq(arrivalParcels.arrivalId, arrivalId));
  const missing = extraTrackingIds.filter((t) => !lines.some((l) => l.trackingId === t));
  if (missing.length) {
    const extra = await tx
      .select({ parcelId: parcels.id, trackingId: parcels.trackingId, status: parcels.status })
      .from(parcels)
      .where(
        and(inArray(parcels.trackingId, missing), eq(parcels.partnerId, partnerId), eq(parcels.carrierId, carrierId)),
      );
    lines.push(...extra.map((p) => ({ ...p, onManifest: null, scannedAt: null, handedBackAt: null })));
  }
  return lines;
}

async function markLine(
  tx: DbOrTx,
  arrivalId: string,
  parcelId: string,
  values: { discrepancy?: ManifestDiscrepancy | null; carrierConfirmedAt?: Date; onManifest?: boolean },
) {
  await tx
    .insert(arrivalParcels)
    .values({ arrivalId, parcelId, onManifest: values.onManifest ?? false, ...values })
    .onConflictDoUpdate({ target: [arrivalParcels.arrivalId, arrivalParcels.parcelId], set: values });
}

/**
 * Compares what the driver says was picked up with the store's view. Parcels due but not taken
 * are missed pickups with a cause (ready → the driver's miss, not ready → the store's) and roll
 * to the next arrival; any disagreement between the store's scans and the driver's list is a
 * handoff mismatch.
 */
async function reconcilePickup(
  tx: DbOrTx,
  actor: CarrierActor,
  arrival: typeof arrivals.$inferSelect,
  pickedUp: string[],
  at: Date,
): Promise<Discrepancy[]> {
  const taken = new Set(pickedUp);
  const lines = await manifestOf(
    tx,
    { arrivalId: arrival.id, partnerId: arrival.partnerId, carrierId: arrival.carrierId },
    pickedUp,
  );
  const unknown = pickedUp.filter((t) => !lines.some((l) => l.trackingId === t));
  if (unknown.length) {
    throw new AppError("UNPROCESSABLE", `Unknown parcels for this partner: ${unknown.slice(0, 10).join(", ")}.`, {
      reason: "unknown_parcels",
      details: { trackingIds: unknown },
    });
  }
  const discrepancies: Discrepancy[] = [];
  const toRoll: string[] = [];
  for (const line of lines) {
    let kind: ManifestDiscrepancy | null = null;
    if (taken.has(line.trackingId)) {
      if (line.status === "ready") {
        await transitionParcel({ db: tx, actor, parcelId: line.parcelId, to: "picked_up", at });
      } else if (line.status !== "picked_up") {
        kind = "handoff_mismatch"; // the driver took a parcel the store never marked ready
      }
      await markLine(tx, arrival.id, line.parcelId, { carrierConfirmedAt: at, discrepancy: kind });
    } else if (line.status === "picked_up" && line.scannedAt) {
      kind = "handoff_mismatch"; // the store scanned it out, the driver does not list it
      await markLine(tx, arrival.id, line.parcelId, { discrepancy: kind });
    } else if (line.onManifest && (line.status === "ready" || line.status === "announced")) {
      kind = line.status === "ready" ? "not_taken" : "not_ready";
      await markLine(tx, arrival.id, line.parcelId, { discrepancy: kind });
      toRoll.push(line.parcelId);
    }
    if (kind) discrepancies.push({ trackingId: line.trackingId, kind });
  }
  await rollToNextArrival({ db: tx, arrival, parcelIds: toRoll });
  return discrepancies;
}

/**
 * A drop-off: parcels dropped become at the store; parcels handed back become returned. A
 * parcel the store handed back that the driver does not list is a handoff mismatch (it stays
 * at the store, due for return).
 */
async function reconcileDropoff(
  tx: DbOrTx,
  actor: CarrierActor,
  arrival: typeof arrivals.$inferSelect,
  droppedOff: string[],
  pickedUp: string[],
  at: Date,
): Promise<Discrepancy[]> {
  const lines = await manifestOf(
    tx,
    { arrivalId: arrival.id, partnerId: arrival.partnerId, carrierId: arrival.carrierId },
    [...droppedOff, ...pickedUp],
  );
  const byTracking = new Map(lines.map((l) => [l.trackingId, l]));
  const unknown = [...droppedOff, ...pickedUp].filter((t) => !byTracking.has(t));
  if (unknown.length) {
    throw new AppError("UNPROCESSABLE", `Unknown parcels for this partner: ${unknown.slice(0, 10).join(", ")}.`, {
      reason: "unknown_parcels",
      details: { trackingIds: unknown },
    });
  }
  for (const trackingId of droppedOff) {
    const line = byTracking.get(trackingId)!;
    if (line.status === "announced") {
      await transitionParcel({ db: tx, actor, parcelId: line.parcelId, to: "at_store", at });
    }
    await markLine(tx, arrival.id, line.parcelId, { carrierConfirmedAt: at, onManifest: line.onManifest ?? false });
  }
  const discrepancies: Discrepancy[] = [];
  for (const trackingId of pickedUp) {
    const line = byTracking.get(trackingId)!;
    if (line.status === "at_store" || line.status === "attempted") {
      await transitionParcel({ db: tx, actor, parcelId: line.parcelId, to: "returned", at });
    } else if (line.status !== "returned") {
      discrepancies.push({ trackingId, kind: "handoff_mismatch" });
    }
  }
  const listed = new Set(pickedUp);
  for (const line of lines) {
    if (!line.handedBackAt || listed.has(line.trackingId)) continue;
    await markLine(tx, arrival.id, line.parcelId, { discrepancy: "handoff_mismatch" });
    discrepancies.push({ trackingId: line.trackingId, kind: "handoff_mismatch" });
  }
  return discrepancies;
}
