import "server-only";
import type { DbOrTx } from "@/db/client";
import { arrivalParcels } from "@/db/schema";

/**
 * Records that staff scanned a parcel against an arrival (handed to a driver, or received from
 * one). A parcel that was not on the carrier's manifest gets a row of its own, off-manifest.
 */
export async function recordScan({
  db,
  arrivalId,
  parcelId,
  userId,
  at,
}: {
  db: DbOrTx;
  arrivalId: string;
  parcelId: string;
  userId: string;
  at: Date;
}) {
  await db
    .insert(arrivalParcels)
    .values({ arrivalId, parcelId, onManifest: false, scannedAt: at, scannedByUserId: userId })
    .onConflictDoUpdate({
      target: [arrivalParcels.arrivalId, arrivalParcels.parcelId],
      set: { scannedAt: at, scannedByUserId: userId },
    });
}
