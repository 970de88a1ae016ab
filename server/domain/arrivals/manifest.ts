import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivalParcels, arrivals, parcels, partners } from "@/db/schema";
import { notFound } from "@/server/errors";
import type { Actor } from "../actor";
import { inPartnerScope } from "../scope";

/** An arrival with every parcel on it or scanned against it: the printable pickup manifest. */
export async function arrivalManifest({ db, actor, arrivalId }: { db: DbOrTx; actor: Actor; arrivalId: string }) {
  const [row] = await db
    .select({ arrival: arrivals, partnerCode: partners.code, partnerName: partners.name, timeZone: partners.timeZone })
    .from(arrivals)
    .innerJoin(partners, eq(partners.id, arrivals.partnerId))
    .where(and(eq(arrivals.id, arrivalId), inPartnerScope(arrivals.partnerId, actor)));
  if (!row) throw notFound("Arrival");
  const lines = await db
    .select({
      trackingId: parcels.trackingId,
      status: parcels.status,
      recipientName: parcels.recipientName,
      serviceLevel: parcels.serviceLevel,
      weightGrams: parcels.weightGrams,
      onManifest: arrivalParcels.onManifest,
      scannedAt: arrivalParcels.scannedAt,
      carrierConfirmedAt: arrivalParcels.carrierConfirmedAt,
      discrepancy: arrivalParcels.discrepancy,
    })
    .from(arrivalParcels)
    .innerJoin(parcels, eq(parcels.id, arrivalParcels.parcelId))
    .where(eq(arrivalParcels.arrivalId, arrivalId))
    .orderBy(asc(parcels.trackingId));
  return { ...row, lines };
}
