import "server-only";
import { and, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { type ArrivalStatus, arrivalParcels, arrivals, parcels } from "@/db/schema";
import { statusLabel } from "@/lib/lifecycle";
import { AppError } from "@/server/errors";
import type { CarrierActor } from "../actor";
import { appendEvent } from "../events";
import { carrierPartnerByCode } from "../partners/carrier";
import { assertOpenForDropoff } from "../partners/closures";
import { acceptSentTime } from "../time/sent-time";
import type { ArrivalPut } from "./schemas";

const reschedulable: readonly ArrivalStatus[] = ["scheduled", "en_route"];

type ArrivalRow = typeof arrivals.$inferSelect;

/**
 * The Carrier API's `PUT /arrivals/{arrivalId}`: schedules a driver visit or reschedules it,
 * with its manifest. Mall parcels on a pickup become due on it.
 */
export async function upsertArrivalFromCarrier(input: {
  db: Db;
  actor: CarrierActor;
  externalId: string;
  body: ArrivalPut;
}): Promise<{ arrival: ArrivalRow; created: boolean; changed: boolean }> {
  const { db, actor, externalId, body } = input;
  return db.transaction(async (tx) => {
    const partner = await carrierPartnerByCode({ db: tx, actor, code: body.partnerCode });
    const expectedKind = partner.program === "mall_pickup" ? "pickup" : "dropoff";
    if (body.kind !== expectedKind) {
      throw new AppError("UNPROCESSABLE", `Partner ${partner.code} takes ${expectedKind} arrivals, not ${body.kind}.`, {
        reason: "kind_mismatch",
      });
    }
    const trackingIds = [...new Set(body.parcels)];
    const manifest = trackingIds.length
      ? await tx
          .select({ id: parcels.id, trackingId: parcels.trackingId, partnerId: parcels.partnerId })
          .from(parcels)
          .where(and(inArray(parcels.trackingId, trackingIds), eq(parcels.carrierId, actor.carrierId)))
      : [];
    const unknown = trackingIds.filter((t) => !manifest.some((p) => p.trackingId === t));
    if (unknown.length) {
      throw new AppError("UNPROCESSABLE", `Unknown parcels on the manifest: ${unknown.slice(0, 10).join(", ")}.`, {
        reason: "unknown_parcels",
        details: { trackingIds: unknown },
      });
    }
    const elsewhere = manifest.filter((p) => p.partnerId !== partner.id).map((p) => p.trackingId);
    if (elsewhere.length) {
      throw new AppError(
        "UNPROCESSABLE",
        `Parcels announced to another partner: ${elsewhere.slice(0, 10).join(", ")}.`,
        {
          reason: "parcel_partner_mismatch",
          details: { trackingIds: elsewhere },
        },
      );
    }

    const planned = (at: string, field: string) =>
      acceptSentTime({ at: new Date(at), field, partnerCreatedAt: partner.createdAt, kind: "planned" });
    const fields = {
      partnerId: partner.id,
      kind: body.kind,
      windowStart: planned(body.windowStart, "windowStart"),
      windowEnd: planned(body.windowEnd, "windowEnd"),
      driverName: body.driver.name,
      driverVehicle: body.driver.vehicle ?? null,
    };
    const [existing] = await tx
      .select()
      .from(arrivals)
      .where(and(eq(arrivals.carrierId, actor.carrierId), eq(arrivals.externalId, externalId)))
      .for("update");
    const moved = existing && existing.windowStart.getTime() !== fields.windowStart.getTime();
    if (body.kind === "dropoff" && (!existing || (existing.partnerId === partner.id && moved))) {
      await assertOpenForDropoff({ db: tx, partner, windowStart: fields.windowStart });
    }

    let arrival: ArrivalRow;
    let changed: boolean;
    if (!existing) {
      const [created] = await tx
        .insert(arrivals)
        .values({ ...fields, carrierId: actor.carrierId, externalId })
        .returning();
      arrival = created!;
      changed = true;
      await appendEvent({
        db: tx,
        actor,
        event: {
          subject: "arrival",
          partnerId: partner.id,
          arrivalId: arrival.id,
          type: "scheduled",
          toStatus: "scheduled",
          data: { windowStart: body.windowStart, windowEnd: body.windowEnd, parcels: trackingIds.length },
        },
      });
    } else {
      if (existing.partnerId !== partner.id) {
        throw new AppError("CONFLICT", `Arrival ${externalId} belongs to another partner.`, {
          reason: "partner_mismatch",
        });
      }
      const changedFields = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => {
        const before = existing[key];
        const after = fields[key];
        return before instanceof Date && after instanceof Date
          ? before.getTime() !== after.getTime()
          : before !== after;
      });
      const currentManifest = await tx
        .select({ parcelId: arrivalParcels.parcelId })
        .from(arrivalParcels)
        .where(and(eq(arrivalParcels.arrivalId, existing.id), eq(arrivalParcels.onManifest, true)));
      const manifestChanged =
        currentManifest.length !== manifest.length ||
        currentManifest.some((m) => !manifest.some((p) => p.id === m.parcelId));
      changed = changedFields.length > 0 || manifestChanged;
      if (changed && !reschedulable.includes(existing.status)) {
        throw new AppError(
          "CONFLICT",
          `Arrival ${externalId} is ${statusLabel(existing.status)}; it can no longer be rescheduled.`,
          { reason: "invalid_transition", details: { status: existing.status } },
        );
      }
      arrival = existing;
      if (changed) {
        const [updated] = await tx
          .update(arrivals)
          .set({ ...fields, updatedAt: new Date() })
          .where(eq(arrivals.id, existing.id))
          .returning();
        arrival = updated!;
        await appendEvent({
          db: tx,
          actor,
          event: {
            subject: "arrival",
            partnerId: partner.id,
            arrivalId: arrival.id,
            type: "rescheduled",
            fromStatus: existing.status,
            toStatus: existing.status,
            data: { fields: changedFields, manifestChanged },
          },
        });
      }
    }
    if (changed)
      await replaceManifest(
        tx,
        arrival,
        manifest.map((p) => p.id),
      );
    return { arrival, created: !existing, changed };
  });
}

/** Sets the carrier's manifest, keeping rows staff already scanned (in, or handed back) against the arrival. */
async function replaceManifest(tx: DbOrTx, arrival: ArrivalRow, parcelIds: string[]) {
  const keep = parcelIds.length ? notInArray(arrivalParcels.parcelId, parcelIds) : sql`true`;
  await tx
    .delete(arrivalParcels)
    .where(
      and(
        eq(arrivalParcels.arrivalId, arrival.id),
        isNull(arrivalParcels.scannedAt),
        isNull(arrivalParcels.handedBackAt),
        keep,
      ),
    );
  await tx
    .update(arrivalParcels)
    .set({ onManifest: false })
    .where(and(eq(arrivalParcels.arrivalId, arrival.id), keep));
  if (parcelIds.length) {
    await tx
      .insert(arrivalParcels)
      .values(parcelIds.map((parcelId) => ({ arrivalId: arrival.id, parcelId, onManifest: true })))
      .onConflictDoUpdate({ target: [arrivalParcels.arrivalId, arrivalParcels.parcelId], set: { onManifest: true } });
  }
  if (arrival.kind === "pickup") {
    const dropped = parcelIds.length ? notInArray(parcels.id, parcelIds) : sql`true`;
    await tx
      .update(parcels)
      .set({ dueArrivalId: null })
      .where(and(eq(parcels.dueArrivalId, arrival.id), dropped));
    if (parcelIds.length) {
      await tx.update(parcels).set({ dueArrivalId: arrival.id }).where(inArray(parcels.id, parcelIds));
    }
  }
}
