import { and, asc, eq, gt, inArray, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivalParcels, arrivals, parcels } from "@/db/schema";

/**
 * Mall parcels not taken by an arrival stay as they are and become due on the partner's next
 * scheduled pickup (or on none until the carrier schedules one).
 */
export async function rollToNextArrival(
  db: DbOrTx,
  arrival: { id: string; partnerId: string; carrierId: string; windowStart: Date },
  parcelIds: string[],
) {
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
