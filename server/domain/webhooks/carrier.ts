import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type WebhookEventType, webhookDeliveries, webhookSubscriptions } from "@/db/schema";
import { notFound } from "@/server/errors";
import type { CarrierActor } from "../actor";
import { addWebhookSubscription } from "./admin";
import type { WebhookCreate } from "./carrier-schemas";

/**
 * A carrier's own webhook endpoints, as the Carrier API manages them. Every read and write is
 * limited to the key's carrier: another carrier's endpoint answers as if it did not exist.
 */

type Subscription = typeof webhookSubscriptions.$inferSelect;

function present(row: Subscription) {
  return {
    id: row.id,
    url: row.url,
    events: row.eventTypes.filter((t): t is Exclude<WebhookEventType, "webhook.test"> => t !== "webhook.test"),
    active: row.active,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listCarrierWebhooks(input: { db: DbOrTx; actor: CarrierActor }) {
  const rows = await input.db
    .select()
    .from(webhookSubscriptions)
    .where(eq(webhookSubscriptions.carrierId, input.actor.carrierId))
    .orderBy(asc(webhookSubscriptions.createdAt), asc(webhookSubscriptions.id));
  return rows.map(present);
}

/** Registers an endpoint; the signing secret is in this answer only. */
export async function createCarrierWebhook(input: { db: DbOrTx; actor: CarrierActor; webhook: WebhookCreate }) {
  const row = await addWebhookSubscription({
    db: input.db,
    input: {
      carrierId: input.actor.carrierId,
      url: input.webhook.url,
      eventTypes: input.webhook.events,
    },
  });
  return { ...present(row), secret: row.secret };
}

/** Removes an endpoint with its queued deliveries. */
export async function deleteCarrierWebhook(input: { db: DbOrTx; actor: CarrierActor; id: string }) {
  const [row] = await input.db
    .delete(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.id, input.id), eq(webhookSubscriptions.carrierId, input.actor.carrierId)))
    .returning({ id: webhookSubscriptions.id });
  if (!row) throw notFound("Webhook");
}

/** Queues a signed `webhook.test` event to this one endpoint, whatever it subscribes to. */
export async function testCarrierWebhook(input: { db: DbOrTx; actor: CarrierActor; id: string; now?: Date }) {
  const { db, actor, id } = input;
  const [subscription] = await db
    .select({ id: webhookSubscriptions.id })
    .from(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.id, id), eq(webhookSubscriptions.carrierId, actor.carrierId)));
  if (!subscription) throw notFound("Webhook");
  return queueTestEvent({ db, subscriptionId: subscription.id, now: input.now });
}

/** Queues a signed `webhook.test` event to one endpoint, whatever it subscribes to. */
export async function queueTestEvent({
  db,
  subscriptionId,
  now = new Date(),
}: {
  db: DbOrTx;
  subscriptionId: string;
  now?: Date;
}) {
  const [delivery] = await db
    .insert(webhookDeliveries)
    .values({
      subscriptionId,
      eventType: "webhook.test",
      payload: {
        id: randomUUID(),
        type: "webhook.test",
        occurredAt: now.toISOString(),
        data: { webhookId: subscriptionId },
      },
    })
    .returning({ id: webhookDeliveries.id });
  return { deliveryId: delivery!.id, status: "queued" as const };
}
