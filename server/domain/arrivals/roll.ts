import "server-only";
import { and, asc, eq, gt, inArray, ne, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivalParcels, arrivals, parcels } from "@/db/schema";

/**
 * Mall parcels not taken by an arrival stay as they are and become due on the partner's next
 * scheduled pickup (or on none until the carrier schedules one).
 */
export async function rollToNextArrival({
  db,
  arrival,
  parcelIds,
}: {
  db: DbOrTx;
  arrival: { id: string; partnerId: string; carrierId: string; windowStart: Date };
  parcelIds: string[];
}) {
  if (parcelIds.length === 0) return null;
  const [next] = await db
    .select({ id: arrivals.id })
    .from(arrivals)
    .where(
      and(
        eq(arrivals.partnerId, arrival.partnerId),
        eq(arrivals.kind, "pickup"),
        inArray(arrivals.status, ["scheduled", "en_route"]),
        gt(arrivals.windowStart, arrival.windowStart),
        ne(arrivals.id, arrival.id),
      ),
    )
    .orderBy(asc(arrivals.windowStart))
    .limit(1);
  await db
    .update(parcels)
    .set({ dueArrivalId: next?.id ?? null })
    .where(inArray(parcels.id, parcelIds));
  if (next) {
    await db
      .insert(arrivalParcels)
      .values(parcelIds.map((parcelId) => ({ arrivalId: next.id, parcelId, onManifest: true })))
      .onConflictDoNothing();
  }
  return next?.id ?? null;
}

/**
 * Locks every parcel an arrival's change may move (its manifest, those due on it, and the
 * tracking IDs reported), in id order, before anything else is written: each change marks the
 * store's rollup row, so a parcel locked after that could deadlock with a store action holding
 * the parcel and waiting for the same rollup row.
 */
export async function lockArrivalParcels({
  db: tx,
  arrival,
  trackingIds,
}: {
  db: DbOrTx;
  arrival: { id: string; partnerId: string; carrierId: string };
  trackingIds: string[];
}) {
  await tx
    .select({ id: parcels.id })
    .from(parcels)
    .where(
      and(
        eq(parcels.partnerId, arrival.partnerId),
        or(
          eq(parcels.dueArrivalId, arrival.id),
          inArray(
            parcels.id,
            tx
              .select({ id: arrivalParcels.parcelId })
              .from(arrivalParcels)
              .where(eq(arrivalParcels.arrivalId, arrival.id)),
          ),
          trackingIds.length
            ? and(eq(parcels.carrierId, arrival.carrierId), inArray(parcels.trackingId, trackingIds))
            : undefined,
        ),
      ),
    )
    .orderBy(parcels.id)
    .for("no key update");
}
