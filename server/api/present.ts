import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivalParcels, type arrivals, events, parcels } from "@/db/schema";
import { metersToMiles } from "@/server/domain/geo/distance";

/** Domain rows as the Carrier API shows them. */

export async function presentParcel(db: DbOrTx, parcel: typeof parcels.$inferSelect, partnerCode: string) {
  const history = await db.select().from(events).where(eq(events.parcelId, parcel.id)).orderBy(asc(events.id));
  return {
    trackingId: parcel.trackingId,
    partnerCode,
    flow: parcel.flow,
    serviceLevel: parcel.serviceLevel,
    promisedBy: parcel.promisedBy.toISOString(),
    status: parcel.status,
    recipient: {
      name: parcel.recipientName,
      phone: parcel.recipientPhone,
      address: {
        line1: parcel.recipientLine1,
        ...(parcel.recipientLine2 ? { line2: parcel.recipientLine2 } : {}),
        city: parcel.recipientCity,
        region: parcel.recipientRegion,
        postalCode: parcel.recipientPostalCode,
        country: parcel.recipientCountry,
      },
      location:
        parcel.recipientLat !== null && parcel.recipientLng !== null
          ? { lat: parcel.recipientLat, lng: parcel.recipientLng }
          : null,
    },
    weightGrams: parcel.weightGrams,
    distanceMiles: parcel.distanceMeters === null ? null : Math.round(metersToMiles(parcel.distanceMeters) * 100) / 100,
    events: history.map((e) => ({
      type: e.type,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actor: e.actorKind === "user" ? "partner" : e.actorKind,
      at: e.at.toISOString(),
    })),
  };
}

export async function presentArrival(db: DbOrTx, arrival: typeof arrivals.$inferSelect, partnerCode: string) {
  const manifest = await db
    .select({ trackingId: parcels.trackingId })
    .from(arrivalParcels)
    .innerJoin(parcels, eq(parcels.id, arrivalParcels.parcelId))
    .where(and(eq(arrivalParcels.arrivalId, arrival.id), eq(arrivalParcels.onManifest, true)))
    .orderBy(asc(parcels.trackingId));
  return {
    arrivalId: arrival.externalId,
    partnerCode,
    kind: arrival.kind,
    status: arrival.status,
    windowStart: arrival.windowStart.toISOString(),
    windowEnd: arrival.windowEnd.toISOString(),
    eta: arrival.eta?.toISOString() ?? null,
    driver: { name: arrival.driverName, vehicle: arrival.driverVehicle },
    parcels: manifest.map((m) => m.trackingId),
  };
}
