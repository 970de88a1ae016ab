import "server-only";
import { randomUUID } from "node:crypto";
import { and, arrayContains, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { webhookDeliveries, webhookSubscriptions } from "@/db/schema";
import type { OutgoingWebhook } from "./payloads";

/**
 * Queues an event for every active subscription of the carrier that wants it: one outbox row
 * per endpoint, written in the caller's transaction, so an event is queued exactly when the
 * change it reports commits. Only the event consequences call this.
 */
export async function enqueueWebhook({
  db,
  carrierId,
  webhook,
  occurredAt,
}: {
  db: DbOrTx;
  carrierId: string;
  webhook: OutgoingWebhook;
  occurredAt: Date;
}) {
  const subscriptions = await db
    .select({ id: webhookSubscriptions.id })
    .from(webhookSubscriptions)
    .where(
      and(
        eq(webhookSubscriptions.carrierId, carrierId),
        eq(webhookSubscriptions.active, true),
        arrayContains(webhookSubscriptions.eventTypes, [webhook.type]),
      ),
    );
  if (subscriptions.length === 0) return 0;
  const payload = { id: randomUUID(), type: webhook.type, occurredAt: occurredAt.toISOString(), data: webhook.data };
  await db.insert(webhookDeliveries).values(
    subscriptions.map((s) => ({
      subscriptionId: s.id,
      eventType: webhook.type,
      payload,
    })),
  );
  return subscriptions.length;
}
