import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { events, parcels, partners } from "@/db/schema";
import { notFound } from "@/server/errors";
import type { Actor } from "../actor";
import { inPartnerScope } from "../scope";

/** One parcel with its store and full event history, if the actor may see it. */
export async function getParcel(db: DbOrTx, actor: Actor, trackingId: string) {
  const [row] = await db
    .select({ parcel: parcels, partnerCode: partners.code, partnerName: partners.name, timeZone: partners.timeZone })
    .from(parcels)
    .innerJoin(partners, eq(partners.id, parcels.partnerId))
    .where(and(eq(parcels.trackingId, trackingId), inPartnerScope(parcels.partnerId, actor)));
  if (!row) throw notFound("Parcel");
  const history = await db
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
  return {
    ...row.parcel,
    partnerCode: row.partnerCode,
    partnerName: row.partnerName,
    timeZone: row.timeZone,
    events: history,
  };
}
