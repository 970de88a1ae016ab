import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { deliveryAttempts, events, parcels, partners } from "@/db/schema";
import { radiusAllowanceMeters } from "@/lib/distance";
import { notFound } from "@/server/errors";
import type { Actor } from "../actor";
import { inPartnerScope } from "../scope";
import { pickTrackingMatch, trackingIdMatches } from "./lookup";

/**
 * One parcel with its store, full event history and delivery attempts (with their proof: photo,
 * signature, recipient, tap time, GPS fix and distance), if the actor may see it.
 */
export async function getParcel({ db, actor, trackingId }: { db: DbOrTx; actor: Actor; trackingId: string }) {
  const rows = await db
    .select({
      parcel: parcels,
      partnerCode: partners.code,
      partnerName: partners.name,
      timeZone: partners.timeZone,
      radiusMiles: partners.radiusMiles,
    })
    .from(parcels)
    .innerJoin(partners, eq(partners.id, parcels.partnerId))
    .where(and(trackingIdMatches(trackingId), inPartnerScope(parcels.partnerId, actor)))
    .limit(10);
  const row = pickTrackingMatch(
    trackingId,
    rows.map((r) => ({ ...r, trackingId: r.parcel.trackingId })),
  );
  if (!row) throw notFound("Parcel");
  const attemptsQuery =
    row.parcel.flow === "local_delivery"
      ? db
          .select({
            id: deliveryAttempts.id,
            outcome: deliveryAttempts.outcome,
            failureReason: deliveryAttempts.failureReason,
            failureNote: deliveryAttempts.failureNote,
            recipientName: deliveryAttempts.recipientName,
            photoId: deliveryAttempts.photoId,
            signatureId: deliveryAttempts.signatureId,
            lat: deliveryAttempts.lat,
            lng: deliveryAttempts.lng,
            accuracyMeters: deliveryAttempts.accuracyMeters,
            distanceMeters: deliveryAttempts.distanceMeters,
            outOfRadius: deliveryAttempts.outOfRadius,
            tappedAt: deliveryAttempts.tappedAt,
          })
          .from(deliveryAttempts)
          .where(eq(deliveryAttempts.parcelId, row.parcel.id))
          .orderBy(asc(deliveryAttempts.tappedAt))
      : Promise.resolve([]);
  const historyQuery = db
    .select({
      id: events.id,
      type: events.type,
      fromStatus: events.fromStatus,
      toStatus: events.toStatus,
      actorKind: events.actorKind,
      actorLabel: events.actorLabel,
      at: events.at,
      data: events.data,
    })
    .from(events)
    .where(eq(events.parcelId, row.parcel.id))
    .orderBy(asc(events.id));
  const [history, attempts] = await Promise.all([historyQuery, attemptsQuery]);
  return {
    ...row.parcel,
    partnerCode: row.partnerCode,
    partnerName: row.partnerName,
    timeZone: row.timeZone,
    radiusMiles: row.radiusMiles,
    events: history,
    /** With how far a fix could be and still count as inside, so the flag explains itself. */
    attempts: attempts.map((a) => ({ ...a, allowedMeters: radiusAllowanceMeters(row.radiusMiles, a.accuracyMeters) })),
  };
}
