import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type ParcelStatus, parcels } from "@/db/schema";
import { geodesicMeters, metersToMiles, milesToMeters } from "@/lib/distance";
import { statusLabel } from "@/lib/lifecycle";
import { AppError } from "@/server/errors";
import type { CarrierActor } from "../actor";
import { appendEvent } from "../events";
import { carrierPartnerByCode } from "../partners/carrier";
import { acceptSentTime } from "../time/sent-time";
import type { ParcelPut } from "./schemas";

/** Until the parcel leaves the store, the carrier may correct what it announced. */
const updatableStatuses: readonly ParcelStatus[] = ["announced", "ready", "at_store", "attempted"];

type ParcelRow = typeof parcels.$inferSelect;

/**
 * The Carrier API's `PUT /parcels/{trackingId}`: announces a parcel or updates it. Repeating
 * the same PUT changes nothing; a local-delivery recipient outside the store's radius is
 * refused with the distance.
 */
export async function upsertParcelFromCarrier(input: {
  db: Db;
  actor: CarrierActor;
  trackingId: string;
  body: ParcelPut;
}): Promise<{ parcel: ParcelRow; partnerCode: string; created: boolean; changed: boolean }> {
  const { db, actor, trackingId, body } = input;
  // A concurrent first announcement of the same tracking ID loses the insert race once,
  // then finds the row and compares like any update.
  for (let attempt = 0; ; attempt++) {
    const result = await db.transaction(async (tx) => {
      const partner = await carrierPartnerByCode({ db: tx, actor, code: body.partnerCode });
      if (partner.program !== body.flow) {
        throw new AppError(
          "UNPROCESSABLE",
          `Partner ${partner.code} runs ${partner.program}; a ${body.flow} parcel cannot be announced to it.`,
          { reason: "flow_mismatch" },
        );
      }
      const promisedBy = acceptSentTime({
        at: new Date(body.promisedBy),
        field: "promisedBy",
        partnerCreatedAt: partner.createdAt,
        kind: "planned",
      });
      const location = body.recipient.location ?? null;
      let distanceMeters: number | null = null;
      if (location) distanceMeters = geodesicMeters(partner, location);
      if (body.flow === "local_delivery") {
        if (distanceMeters === null) {
          throw new AppError("UNPROCESSABLE", "A local-delivery parcel needs recipient.location to check the radius.", {
            reason: "location_required",
          });
        }
        if (distanceMeters > milesToMeters(partner.radiusMiles)) {
          const miles = metersToMiles(distanceMeters);
          throw new AppError(
            "UNPROCESSABLE",
            `The recipient is ${miles.toFixed(2)} miles from ${partner.name}, beyond its ${partner.radiusMiles}-mile delivery radius.`,
            {
              reason: "out_of_radius",
              details: {
                distanceMiles: Math.round(miles * 100) / 100,
                distanceMeters: Math.round(distanceMeters * 10) / 10,
                radiusMiles: partner.radiusMiles,
              },
            },
          );
        }
      }

      const fields = {
        partnerId: partner.id,
        carrierId: actor.carrierId,
        flow: body.flow,
        serviceLevel: body.serviceLevel,
        promisedBy,
        recipientName: body.recipient.name,
        recipientPhone: body.recipient.phone ?? null,
        recipientLine1: body.recipient.address.line1,
        recipientLine2: body.recipient.address.line2 ?? null,
        recipientCity: body.recipient.address.city,
        recipientRegion: body.recipient.address.region,
        recipientPostalCode: body.recipient.address.postalCode,
        recipientCountry: body.recipient.address.country.toUpperCase(),
        recipientLat: location?.lat ?? null,
        recipientLng: location?.lng ?? null,
        distanceMeters,
        weightGrams: body.weightGrams ?? null,
      };

      // Only this carrier's parcels: another carrier's use of the ID is invisible (decision 012).
      const [existing] = await tx
        .select()
        .from(parcels)
        .where(and(eq(parcels.trackingId, trackingId), eq(parcels.carrierId, actor.carrierId)))
        .for("no key update");
      if (!existing) {
        const [created] = await tx
          .insert(parcels)
          .values({ ...fields, trackingId })
          .onConflictDoNothing({ target: [parcels.trackingId, parcels.carrierId] })
          .returning();
        if (!created) return "retry" as const;
        await appendEvent({
          db: tx,
          actor,
          event: {
            subject: "parcel",
            partnerId: partner.id,
            parcelId: created.id,
            type: "announced",
            toStatus: "announced",
          },
        });
        return { parcel: created, partnerCode: partner.code, created: true, changed: true };
      }

      const changedFields = Object.entries(fields)
        .filter(([key, value]) => !sameValue(existing[key as keyof ParcelRow], value))
        .map(([key]) => key)
        .filter((key) => key !== "distanceMeters");
      if (changedFields.length === 0) {
        return { parcel: existing, partnerCode: partner.code, created: false, changed: false };
      }
      if (!updatableStatuses.includes(existing.status)) {
        throw new AppError(
          "CONFLICT",
          `Parcel ${trackingId} is ${statusLabel(existing.status)}; it can no longer be updated.`,
          { reason: "invalid_transition", details: { status: existing.status } },
        );
      }
      if (existing.partnerId !== partner.id && existing.status !== "announced") {
        throw new AppError(
          "CONFLICT",
          `Parcel ${trackingId} is ${statusLabel(existing.status)} at its store; it cannot move to another partner.`,
          { reason: "invalid_transition", details: { status: existing.status } },
        );
      }
      const [updated] = await tx
        .update(parcels)
        .set({ ...fields, updatedAt: new Date() })
        .where(and(eq(parcels.id, existing.id), eq(parcels.status, existing.status)))
        .returning();
      await appendEvent({
        db: tx,
        actor,
        event: {
          subject: "parcel",
          partnerId: partner.id,
          parcelId: existing.id,
          type: "updated",
          fromStatus: existing.status,
          toStatus: existing.status,
          data: { fields: changedFields },
        },
      });
      return { parcel: updated!, partnerCode: partner.code, created: false, changed: true };
    });
    if (result !== "retry") return result;
    if (attempt > 0) throw new AppError("CONFLICT", `Tracking ID ${trackingId} changed meanwhile; please retry.`);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return (a ?? null) === (b ?? null);
}
