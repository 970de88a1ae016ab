import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivalParcels, arrivals, parcels, partners } from "@/db/schema";
import { notFound } from "@/server/errors";
import type { CarrierActor } from "../actor";

/** An arrival as the Carrier API shows it, read only from the calling carrier's arrivals. */

/** One of the carrier's arrivals by its own ID; any other carrier's is "not found". */
export async function getCarrierArrival(input: { db: DbOrTx; actor: CarrierActor; externalId: string }) {
  const { db, actor, externalId } = input;
  const [row] = await db
    .select({ arrival: arrivals, partnerCode: partners.code })
    .from(arrivals)
    .innerJoin(partners, eq(partners.id, arrivals.partnerId))
    .where(and(eq(arrivals.externalId, externalId), eq(arrivals.carrierId, actor.carrierId)));
  if (!row) throw notFound("Arrival");
  return presentArrival({ db, arrival: row.arrival, partnerCode: row.partnerCode });
}

/** An arrival the carrier just changed, as the Carrier API shows it (its partner's code read here). */
export async function presentChangedArrival({ db, arrival }: { db: DbOrTx; arrival: typeof arrivals.$inferSelect }) {
  const [partner] = await db.select({ code: partners.code }).from(partners).where(eq(partners.id, arrival.partnerId));
  return presentArrival({ db, arrival, partnerCode: partner?.code ?? "" });
}

export async function presentArrival({
  db,
  arrival,
  partnerCode,
}: {
  db: DbOrTx;
  arrival: typeof arrivals.$inferSelect;
  partnerCode: string;
}) {
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
