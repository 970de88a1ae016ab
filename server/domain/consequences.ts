import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivals, type events, parcels, partners } from "@/db/schema";
import type { FailureReason } from "@/lib/enums";
import { markStatsDirty } from "./stats/stale";
import { enqueueWebhook } from "./webhooks/enqueue";
import type { Discrepancy, OutgoingWebhook, WebhookPayloads } from "./webhooks/payloads";

type EventRow = typeof events.$inferSelect;

/** What a recorded arrival discrepancy carries in its event's `data`. */
export type DiscrepancyEventData = { discrepancies: Discrepancy[] };

/**
 * Everything an appended event sets off, written in the event's own transaction: the partner's
 * rollup days it touched become stale, and the carrier's subscribed endpoints get the webhook
 * the event means. A new transition gets both by appending its event.
 */
export async function writeConsequences({ db, event }: { db: DbOrTx; event: EventRow }) {
  await markStatsDirty({
    db,
    partnerId: event.partnerId,
    parcelId: event.parcelId,
    arrivalId: event.arrivalId,
    at: event.at,
  });
  const outgoing = await webhookOf(db, event);
  if (outgoing)
    await enqueueWebhook({ db, carrierId: outgoing.carrierId, webhook: outgoing.webhook, occurredAt: event.at });
}

/** The webhook a parcel's move to a status means; events that keep the status mean none. */
export function parcelWebhookType(
  event: Pick<EventRow, "type" | "fromStatus" | "toStatus" | "actorKind">,
): keyof WebhookPayloads | null {
  // A further failed attempt stays `attempted` but is a transition of its own.
  const moved = event.fromStatus !== event.toStatus || event.type === "status_changed";
  if (!moved) return null;
  switch (event.toStatus) {
    case "ready":
      // An undone handoff scan (picked_up → ready) is no news: the carrier never heard of the pickup.
      return event.fromStatus === "announced" ? "parcel.ready" : null;
    case "announced":
      return event.fromStatus === "ready" ? "parcel.unready" : null;
    case "at_store":
      // Back from a route is not a receipt; a drop the carrier reports itself needs no echo.
      return event.fromStatus === "announced" && event.actorKind !== "carrier" ? "parcel.received" : null;
    case "out_for_delivery":
      return "parcel.out_for_delivery";
    case "delivered":
      return "parcel.delivered";
    case "attempted":
      return "parcel.delivery_failed";
    case "returned":
      return "parcel.returned";
    case "cancelled":
      return "parcel.cancelled";
    default:
      return null;
  }
}

async function webhookOf(db: DbOrTx, event: EventRow): Promise<{ carrierId: string; webhook: OutgoingWebhook } | null> {
  if (event.subject === "parcel" && event.parcelId) {
    const type = parcelWebhookType(event);
    if (!type) return null;
    const [parcel] = await db
      .select({ trackingId: parcels.trackingId, carrierId: parcels.carrierId, partnerCode: partners.code })
      .from(parcels)
      .innerJoin(partners, eq(partners.id, parcels.partnerId))
      .where(eq(parcels.id, event.parcelId));
    if (!parcel) return null;
    const ref = { trackingId: parcel.trackingId, partnerCode: parcel.partnerCode };
    const data = (event.data ?? {}) as { reason?: string };
    const at = event.at.toISOString();
    const webhook = ((): OutgoingWebhook | null => {
      switch (type) {
        case "parcel.delivered":
          return { type, data: { ...ref, at, deliveredAt: at } };
        case "parcel.delivery_failed":
          return { type, data: { ...ref, at, reason: data.reason as FailureReason } };
        case "parcel.cancelled":
          return {
            type,
            data: { trackingId: ref.trackingId, reason: data.reason ?? "", partnerCode: ref.partnerCode },
          };
        case "parcel.ready":
        case "parcel.unready":
        case "parcel.received":
        case "parcel.out_for_delivery":
        case "parcel.returned":
          return { type, data: ref };
        default:
          return null;
      }
    })();
    return webhook ? { carrierId: parcel.carrierId, webhook } : null;
  }
  if (event.subject === "arrival" && event.arrivalId && event.type === "discrepancy") {
    const [arrival] = await db
      .select({ externalId: arrivals.externalId, carrierId: arrivals.carrierId, partnerCode: partners.code })
      .from(arrivals)
      .innerJoin(partners, eq(partners.id, arrivals.partnerId))
      .where(eq(arrivals.id, event.arrivalId));
    if (!arrival) return null;
    const { discrepancies } = event.data as DiscrepancyEventData;
    return {
      carrierId: arrival.carrierId,
      webhook: {
        type: "arrival.discrepancy",
        data: { arrivalId: arrival.externalId, partnerCode: arrival.partnerCode, discrepancies },
      },
    };
  }
  return null;
}
