import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { events, parcels, partners } from "@/db/schema";
import { metersToMiles } from "@/lib/distance";
import { notFound } from "@/server/errors";
import type { CarrierActor } from "../actor";

/** A parcel as the Carrier API shows it, read only from the calling carrier's parcels. */

/** One of the carrier's parcels by tracking ID; any other carrier's is "not found". */
export async function getCarrierParcel(input: { db: DbOrTx; actor: CarrierActor; trackingId: string }) {
  const { db, actor, trackingId } = input;
  const [row] = await db
    .select({ parcel: parcels, partnerCode: partners.code })
    .from(parcels)
    .innerJoin(partners, eq(partners.id, parcels.partnerId))
    .where(and(eq(parcels.trackingId, trackingId), eq(parcels.carrierId, actor.carrierId)));
  if (!row) throw notFound("Parcel");
  return presentParcel({ db, parcel: row.parcel, partnerCode: row.partnerCode });
}

/** A parcel the carrier just changed, as the Carrier API shows it (its partner's code read here). */
export async function presentChangedParcel({ db, parcel }: { db: DbOrTx; parcel: typeof parcels.$inferSelect }) {
  const [partner] = await db.select({ code: partners.code }).from(partners).where(eq(partners.id, parcel.partnerId));
  return presentParcel({ db, parcel, partnerCode: partner?.code ?? "" });
}

export async function presentParcel({
  db,
  parcel,
  partnerCode,
}: {
  db: DbOrTx;
  parcel: typeof parcels.$inferSelect;
  partnerCode: string;
}) {
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
