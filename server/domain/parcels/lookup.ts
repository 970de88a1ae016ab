import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { parcels, partners } from "@/db/schema";
import { AppError, wordedError } from "@/server/errors";
import { textsFor, type UserActor } from "../actor";
import { storeInactive } from "../partners/active";
import { inPartnerScope } from "../scope";

/** Store-scoped parcel lookups, shared by every store action on a parcel. */

/** Tracking IDs are unique per carrier: two carriers may, rarely, both send one store the same ID. */
export function sharedTrackingId(trackingId: string) {
  return wordedError(
    "CONFLICT",
    { key: "server.sharedTrackingId", values: { trackingId } },
    { reason: "shared_tracking_id" },
  );
}

/** The query's condition: the tracking ID in any letter case (served by `parcels_tracking_id_lower_idx`). */
export function trackingIdMatches(trackingId: string) {
  return sql`lower(${parcels.trackingId}) = lower(${trackingId.trim()})`;
}

/**
 * Of the parcels whose tracking ID matches a scan in any letter case, the one it means: the
 * exact spelling when there is one (scanners read labels exactly), else the only one. Two that
 * differ only by case and neither typed exactly is refused, naming both, rather than guessed.
 */
export function pickTrackingMatch<T extends { trackingId: string }>(scanned: string, rows: T[]): T | undefined {
  const typed = scanned.trim();
  const exact = rows.filter((r) => r.trackingId === typed);
  const candidates = exact.length > 0 ? exact : rows;
  // In code-point order, so the message reads the same whatever order the database returned.
  const spellings = [...new Set(candidates.map((r) => r.trackingId))].sort();
  if (spellings.length > 1) {
    const [first = "", second = "", third] = spellings;
    throw wordedError(
      "CONFLICT",
      { key: "server.ambiguousTrackingId", values: { first, second, more: third ? "yes" : "no", third: third ?? "" } },
      { reason: "ambiguous_tracking_id", details: { trackingIds: spellings } },
    );
  }
  if (candidates.length > 1) throw sharedTrackingId(spellings[0]!);
  return candidates[0];
}

/** A parcel of one of the actor's stores by tracking ID (any letter case); any other is "not at your store". */
export async function findStoreParcel({ db, actor, trackingId }: { db: DbOrTx; actor: UserActor; trackingId: string }) {
  const rows = await db
    .select({
      id: parcels.id,
      trackingId: parcels.trackingId,
      partnerId: parcels.partnerId,
      carrierId: parcels.carrierId,
      status: parcels.status,
      dueArrivalId: parcels.dueArrivalId,
      partnerCode: partners.code,
      partnerName: partners.name,
      partnerActive: partners.active,
    })
    .from(parcels)
    .innerJoin(partners, eq(partners.id, parcels.partnerId))
    .where(and(trackingIdMatches(trackingId), inPartnerScope(parcels.partnerId, actor)))
    .limit(10);
  const row = pickTrackingMatch(trackingId, rows);
  if (!row)
    throw new AppError(
      "NOT_FOUND",
      textsFor(actor, "parcels")("notFoundAtYourStore", { trackingId: trackingId.trim() }),
      {
        reason: "unknown_parcel",
      },
    );
  if (!row.partnerActive) throw storeInactive(row.partnerName);
  return row;
}
