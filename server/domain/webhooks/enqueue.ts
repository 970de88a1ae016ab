import { randomUUID } from "node:crypto";
import { and, arrayContains, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type WebhookEventType, webhookDeliveries, webhookSubscriptions } from "@/db/schema";

/**
 * Queues an event for every active subscription of the carrier that wants it. Written in the
 * caller's transaction, so an event is queued exactly when the change it reports commits.
 */
export async function enqueueWebhook(
  db: DbOrTx,
  carrierId: string,
  type: WebhookEventType,
  data: Record<string, unknown>,
  occurredAt = new Date(),
) {
  const subscriptions = await db
    .select({ id: webhookSubscriptions.id })
    .from(webhookSubscriptions)
    .where(
      and(
        eq(webhookSubscriptions.carrierId, carrierId),
        eq(webhookSubscriptions.active, true),
        arrayContains(webhookSubscriptions.eventTypes, [type]),
      ),
    );
  if (subscriptions.length === 0) return 0;
  const payload = { id: randomUUID(), type, occurredAt: occurredAt.toISOString(), data };
  await db.insert(webhookDeliveries).values(
    subscriptions.map((s) => ({
      subscriptionId: s.id,
      eventType: type,
      payload,
    })),
  );
  return subscriptions.length;
}
