import "server-only";
import { and, eq, inArray, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivalParcels, arrivals, parcels } from "@/db/schema";
import { systemActor } from "../actor";
import { appendDiscrepancies } from "../events";
import { lockArrivalParcels, rollToNextArrival } from "./roll";
import { transitionArrival } from "./transition";

/** How long after its window closes an arrival that never came counts as missed. */
export const NO_SHOW_GRACE_MINUTES = 30;

/**
 * Marks driver no-shows: arrivals still scheduled or en route well after their window.
 * Every parcel due on a missed pickup is the driver's miss (the store is not blamed), and
 * rolls to the next pickup.
 */
export async function sweepMissedArrivals({ db, now = new Date() }: { db: DbOrTx; now?: Date }) {
  const cutoff = new Date(now.getTime() - NO_SHOW_GRACE_MINUTES * 60_000);
  const overdue = await db
    .select()
    .from(arrivals)
    .where(and(inArray(arrivals.status, ["scheduled", "en_route"]), lt(arrivals.windowEnd, cutoff)))
    .limit(500);
  for (const arrival of overdue) {
    await db.transaction(async (tx) => {
      await lockArrivalParcels({ db: tx, arrival, trackingIds: [] });
      const { changed } = await transitionArrival({
        db: tx,
        actor: systemActor,
        arrivalId: arrival.id,
        to: "missed",
        at: now,
      });
      if (!changed || arrival.kind !== "pickup") return;
      const due = await tx
        .select({ id: parcels.id, trackingId: parcels.trackingId })
        .from(arrivalParcels)
        .innerJoin(parcels, eq(parcels.id, arrivalParcels.parcelId))
        .where(
          and(
            eq(arrivalParcels.arrivalId, arrival.id),
            eq(arrivalParcels.onManifest, true),
            inArray(parcels.status, ["announced", "ready"]),
          ),
        );
      if (due.length === 0) return;
      await tx
        .update(arrivalParcels)
        .set({ discrepancy: "not_taken" })
        .where(
          and(
            eq(arrivalParcels.arrivalId, arrival.id),
            inArray(
              arrivalParcels.parcelId,
              due.map((p) => p.id),
            ),
          ),
        );
      await rollToNextArrival({ db: tx, arrival, parcelIds: due.map((p) => p.id) });
      await appendDiscrepancies({
        db: tx,
        actor: systemActor,
        arrival: { ...arrival, status: "missed" },
        discrepancies: due.map((p) => ({ trackingId: p.trackingId, kind: "not_taken" as const })),
        at: now,
      });
    });
  }
  return overdue.length;
}
