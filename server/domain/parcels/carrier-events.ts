import "server-only";
import { and, eq, gte } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { events, parcels, partners } from "@/db/schema";
import { localDayBounds, localDayOf } from "@/lib/local-day";
import { AppError, notFound } from "@/server/errors";
import type { CarrierActor } from "../actor";
import type { ParcelEventInput } from "./schemas";
import { transitionParcel } from "./transition";

/** How far ahead of now a carrier may date what happened (clocks drift; a day is generous). */
const MAX_AHEAD_MS = 86_400_000;

/**
 * The Carrier API's `POST /parcels/{trackingId}/events`: the carrier cancels a parcel before
 * handoff, or reports a mall parcel delivered after pickup. Each goes through the lifecycle
 * table (which names the status when it refuses) and queues the matching webhook; a repeat of
 * a change already made changes nothing and sends nothing.
 */
export async function applyParcelEvent(input: {
  db: DbOrTx;
  actor: CarrierActor;
  trackingId: string;
  event: ParcelEventInput;
  now?: Date;
}) {
  const { db, actor, trackingId, event } = input;
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: parcels.id, flow: parcels.flow, status: parcels.status, partnerCreatedAt: partners.createdAt })
      .from(parcels)
      .innerJoin(partners, eq(partners.id, parcels.partnerId))
      .where(and(eq(parcels.trackingId, trackingId), eq(parcels.carrierId, actor.carrierId)));
    if (!row) throw notFound("Parcel");

    if (event.type === "cancelled") {
      if (row.status === "cancelled") return { parcel: await reload(tx, row.id), changed: false };
      return transitionParcel({
        db: tx,
        actor,
        parcelId: row.id,
        to: "cancelled",
        at: now,
        eventType: "cancelled",
        eventData: { reason: event.reason },
      });
    }

    if (row.flow !== "mall_pickup") {
      throw new AppError(
        "UNPROCESSABLE",
        `Parcel ${trackingId} is a local-delivery parcel; its store reports the delivery.`,
        { reason: "not_mall_parcel" },
      );
    }
    const at = new Date(event.at);
    if (at.getTime() > now.getTime() + MAX_AHEAD_MS || at < row.partnerCreatedAt) {
      throw new AppError("UNPROCESSABLE", "`at` must be no more than a day ahead and not before the partner existed.", {
        reason: "time_out_of_range",
        details: { at: event.at },
      });
    }
    if (row.status === "delivered") return { parcel: await reload(tx, row.id), changed: false };
    return transitionParcel({ db: tx, actor, parcelId: row.id, to: "delivered", at });
  });
}

async function reload(db: DbOrTx, id: string) {
  const [parcel] = await db.select().from(parcels).where(eq(parcels.id, id));
  if (!parcel) throw notFound("Parcel");
  return parcel;
}

/**
 * Parcels the carrier cancelled since the start of the store's local day, with the carrier's
 * reason: they leave the queue, and this keeps a visible note of them for the rest of the day.
 * `partner` comes from a read already scoped to the actor (the queue, today's route).
 */
export async function cancelledToday(input: { db: DbOrTx; partner: { id: string; timeZone: string }; now?: Date }) {
  const { db, partner } = input;
  const { start } = localDayBounds(localDayOf(input.now ?? new Date(), partner.timeZone), partner.timeZone);
  const rows = await db
    .select({ trackingId: parcels.trackingId, at: events.at, data: events.data })
    .from(events)
    .innerJoin(parcels, eq(parcels.id, events.parcelId))
    .where(
      and(
        eq(events.partnerId, partner.id),
        gte(events.at, start),
        eq(events.subject, "parcel"),
        eq(events.toStatus, "cancelled"),
        eq(parcels.status, "cancelled"),
      ),
    )
    .orderBy(events.at);
  return rows.map((r) => ({
    trackingId: r.trackingId,
    at: r.at,
    reason: typeof r.data?.reason === "string" ? r.data.reason : "",
  }));
}
