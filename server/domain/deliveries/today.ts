import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { parcels } from "@/db/schema";
import { metersToMiles } from "@/lib/distance";
import type { Actor } from "../actor";
import { cancelledToday } from "../parcels/carrier-events";
import { getPartnerByCode, type StorePartner } from "../partners/queries";
import { planRoute } from "./route";

/** Parcels in the store's hands to deliver today, in a suggested route order from the store. */
export async function todaysDeliveries(input: {
  db: DbOrTx;
  actor: Actor;
  partnerCode: string;
  /** The store as `getPartnerByCode` read it for this actor and code, when the caller has it. */
  partner?: StorePartner;
}) {
  const { db, actor, partnerCode: code } = input;
  const partner = input.partner ?? (await getPartnerByCode({ db, actor, code }));
  const rows = await db
    .select({
      id: parcels.id,
      trackingId: parcels.trackingId,
      status: parcels.status,
      recipientName: parcels.recipientName,
      recipientLine1: parcels.recipientLine1,
      recipientCity: parcels.recipientCity,
      recipientRegion: parcels.recipientRegion,
      recipientPostalCode: parcels.recipientPostalCode,
      recipientPhone: parcels.recipientPhone,
      lat: parcels.recipientLat,
      lng: parcels.recipientLng,
      distanceMeters: parcels.distanceMeters,
      failedAttempts: parcels.failedAttempts,
      dueForReturn: parcels.dueForReturn,
      promisedBy: parcels.promisedBy,
    })
    .from(parcels)
    .where(
      and(eq(parcels.partnerId, partner.id), inArray(parcels.status, ["at_store", "out_for_delivery", "attempted"])),
    );
  const toDeliver = rows.filter((r) => !r.dueForReturn);
  const plan = planRoute(
    partner,
    toDeliver.map((r) => ({
      id: r.trackingId,
      location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
    })),
  );
  const byId = new Map(toDeliver.map((r) => [r.trackingId, r]));
  return {
    partner,
    stops: plan.order.map((id) => byId.get(id)!),
    totalMiles: plan.totalMiles,
    nearestNeighbourMiles: metersToMiles(plan.nearestNeighbourMeters),
    dueForReturn: rows.filter((r) => r.dueForReturn),
    cancelled: await cancelledToday({ db, partner }),
  };
}
