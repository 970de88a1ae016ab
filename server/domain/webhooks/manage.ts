import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { webhookDeliveries, webhookSubscriptions } from "@/db/schema";
import { env } from "@/server/env";
import { notFound } from "@/server/errors";
import type { UserActor } from "../actor";
import { requireAdmin } from "../admin/guard";
import { recordAudit } from "../audit/record";
import { addWebhookSubscription } from "./admin";
import {
  type CreateWebhookInput,
  createWebhookInput,
  deliveryIdInput,
  type UpdateWebhookInput,
  updateWebhookInput,
  webhookIdInput,
} from "./admin-schemas";
import { queueTestEvent } from "./carrier";
import { checkWebhookUrl } from "./target";

/** How long a rotated-out secret keeps signing beside the new one. */
export const PREVIOUS_SECRET_GRACE_MS = 24 * 3600_000;

type Options<I> = { db: DbOrTx; actor: UserActor; input: I };

async function lockedSubscription(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id)).for("update");
  if (!row) throw notFound("Webhook");
  return row;
}

const shown = (s: { url: string; eventTypes: string[]; active: boolean }) => ({
  url: s.url,
  eventTypes: s.eventTypes,
  active: s.active,
});

export async function createWebhook({ db, actor, input }: Options<CreateWebhookInput>) {
  requireAdmin(actor);
  const parsed = createWebhookInput.parse(input);
  return db.transaction(async (tx) => {
    const row = await addWebhookSubscription({ db: tx, input: parsed });
    await recordAudit({ db: tx, actor, entity: "webhook", entityId: row.id, action: "create", after: shown(row) });
    return row;
  });
}

/** Changes an endpoint's URL and the events it receives. */
export async function updateWebhook({ db, actor, input }: Options<UpdateWebhookInput>) {
  requireAdmin(actor);
  const { id, ...parsed } = updateWebhookInput.parse(input);
  const url = checkWebhookUrl(parsed.url, { allowPrivate: env.WEBHOOK_ALLOW_PRIVATE_HOSTS });
  return db.transaction(async (tx) => {
    const current = await lockedSubscription(tx, id);
    const eventTypes = [...new Set(parsed.eventTypes)];
    const [row] = await tx
      .update(webhookSubscriptions)
      .set({ url, eventTypes })
      .where(eq(webhookSubscriptions.id, id))
      .returning();
    await recordAudit({
      db: tx,
      actor,
      entity: "webhook",
      entityId: id,
      action: "update",
      before: shown(current),
      after: shown(row!),
    });
    return row!;
  });
}

async function setActive({ db, actor, input }: Options<{ id: string }>, active: boolean) {
  requireAdmin(actor);
  const { id } = webhookIdInput.parse(input);
  return db.transaction(async (tx) => {
    const current = await lockedSubscription(tx, id);
    if (current.active === active) return { id, active };
    await tx.update(webhookSubscriptions).set({ active }).where(eq(webhookSubscriptions.id, id));
    await recordAudit({
      db: tx,
      actor,
      entity: "webhook",
      entityId: id,
      action: active ? "resume" : "pause",
      before: { active: current.active },
      after: { active },
    });
    return { id, active };
  });
}

/** Paused endpoints are sent nothing new; events during the pause are not queued for them. */
export const pauseWebhook = (options: Options<{ id: string }>) => setActive(options, false);
export const resumeWebhook = (options: Options<{ id: string }>) => setActive(options, true);

/** Removes an endpoint and its delivery history. */
export async function deleteWebhook({ db, actor, input }: Options<{ id: string }>) {
  requireAdmin(actor);
  const { id } = webhookIdInput.parse(input);
  return db.transaction(async (tx) => {
    const current = await lockedSubscription(tx, id);
    await tx.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
    await recordAudit({ db: tx, actor, entity: "webhook", entityId: id, action: "delete", before: shown(current) });
    return { id };
  });
}

/**
 * A new signing secret, returned once. For 24 hours every event carries two signatures (new and
 * old), so a receiver still holding the old secret keeps verifying while it switches over.
 */
export async function rotateWebhookSecret({ db, actor, input }: Options<{ id: string }>) {
  requireAdmin(actor);
  const { id } = webhookIdInput.parse(input);
  return db.transaction(async (tx) => {
    const current = await lockedSubscription(tx, id);
    const secret = `whsec_${randomBytes(24).toString("base64url")}`;
    const previousSecretExpiresAt = new Date(Date.now() + PREVIOUS_SECRET_GRACE_MS);
    await tx
      .update(webhookSubscriptions)
      .set({ secret, previousSecret: current.secret, previousSecretExpiresAt })
      .where(eq(webhookSubscriptions.id, id));
    await recordAudit({ db: tx, actor, entity: "webhook", entityId: id, action: "rotate_secret" });
    return { id, secret, previousSecretExpiresAt };
  });
}

/**
 * Sends a delivery again from its first attempt: a given-up one goes back in the queue with a
 * fresh retry schedule; a succeeded one is sent once more (same event id, so receivers can dedupe).
 */
export async function redeliverWebhook({ db, actor, input }: Options<{ deliveryId: string }>) {
  requireAdmin(actor);
  const { deliveryId } = deliveryIdInput.parse(input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookDeliveries)
      .set({ status: "pending", attemptCount: 0, nextAttemptAt: new Date(), deliveredAt: null })
      .where(eq(webhookDeliveries.id, deliveryId))
      .returning({ id: webhookDeliveries.id, subscriptionId: webhookDeliveries.subscriptionId });
    if (!row) throw notFound("Delivery");
    await recordAudit({
      db: tx,
      actor,
      entity: "webhook",
      entityId: row.subscriptionId,
      action: "redeliver",
      after: { deliveryId },
    });
    return { deliveryId, status: "pending" as const };
  });
}

/** Sends a signed `webhook.test` event to one endpoint, so the admin can check the receiver. */
export async function sendTestWebhook({ db, actor, input }: Options<{ id: string }>) {
  requireAdmin(actor);
  const { id } = webhookIdInput.parse(input);
  const [row] = await db
    .select({ id: webhookSubscriptions.id })
    .from(webhookSubscriptions)
    .where(eq(webhookSubscriptions.id, id));
  if (!row) throw notFound("Webhook");
  return queueTestEvent({ db, subscriptionId: row.id });
}
