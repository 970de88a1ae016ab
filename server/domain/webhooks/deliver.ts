import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { webhookAttempts, webhookDeliveries, webhookSubscriptions } from "@/db/schema";
import { env } from "@/server/env";
import { postWebhook } from "./send";
import { signatureHeader, signWebhook } from "./signature";

/** With the backoff below, the attempts span a little over 3 days before a delivery is given up. */
export const MAX_WEBHOOK_ATTEMPTS = 24;

/** Wait before attempt n+1 after n failures: 10 s doubling each time, at most 6 hours. */
export function webhookBackoffMs(failures: number): number {
  return Math.min(6 * 3600_000, 10_000 * 2 ** Math.max(0, failures - 1));
}

/** The current secret, and after a rotation the previous one until it expires. */
function signingSecrets(
  row: { secret: string; previousSecret: string | null; previousSecretExpiresAt: Date | null },
  now: Date,
): string[] {
  const previousValid = row.previousSecret && row.previousSecretExpiresAt && row.previousSecretExpiresAt > now;
  return previousValid ? [row.secret, row.previousSecret!] : [row.secret];
}

export type DeliveryOutcome =
  | { result: "succeeded" }
  | { result: "retry"; nextAttemptAt: Date }
  | { result: "failed" }
  | { result: "skipped" };

/**
 * One attempt at one queued event: POST the JSON, signed, to the subscriber; 2xx is an
 * acknowledgement. Every attempt is recorded for the admin. On failure the next attempt is
 * scheduled with backoff until MAX_WEBHOOK_ATTEMPTS.
 */
export async function attemptWebhookDelivery(options: {
  db: DbOrTx;
  deliveryId: string;
  timeoutMs?: number;
  now?: () => Date;
  allowPrivateHosts?: boolean;
}): Promise<DeliveryOutcome> {
  const { db, deliveryId } = options;
  const now = options.now ?? (() => new Date());
  const [row] = await db
    .select({
      delivery: webhookDeliveries,
      url: webhookSubscriptions.url,
      secret: webhookSubscriptions.secret,
      previousSecret: webhookSubscriptions.previousSecret,
      previousSecretExpiresAt: webhookSubscriptions.previousSecretExpiresAt,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
    .where(eq(webhookDeliveries.id, deliveryId));
  if (row?.delivery.status !== "pending") return { result: "skipped" };

  const body = JSON.stringify(row.delivery.payload);
  const started = Date.now();
  let responseStatus: number | null = null;
  let error: string | null = null;
  try {
    responseStatus = await postWebhook({
      url: row.url,
      headers: {
        "content-type": "application/json",
        "user-agent": "Handoff-Webhooks/1",
        "handoff-event-type": row.delivery.eventType,
        "handoff-delivery": row.delivery.id,
        [signatureHeader]: signWebhook(signingSecrets(row, now()), Math.floor(now().getTime() / 1000), body),
      },
      body,
      timeoutMs: options.timeoutMs ?? 10_000,
      allowPrivate: options.allowPrivateHosts ?? env.WEBHOOK_ALLOW_PRIVATE_HOSTS,
    });
  } catch (cause) {
    error = cause instanceof Error ? cause.message : String(cause);
  }
  const ok = responseStatus !== null && responseStatus >= 200 && responseStatus < 300;
  if (!ok && !error) error = `HTTP ${responseStatus}`;

  const attempts = row.delivery.attemptCount + 1;
  const outcome: DeliveryOutcome = ok
    ? { result: "succeeded" }
    : attempts >= MAX_WEBHOOK_ATTEMPTS
      ? { result: "failed" }
      : { result: "retry", nextAttemptAt: new Date(now().getTime() + webhookBackoffMs(attempts)) };
  await db.transaction(async (tx) => {
    await tx.insert(webhookAttempts).values({
      deliveryId,
      attemptedAt: now(),
      responseStatus,
      error,
      durationMs: Date.now() - started,
    });
    await tx
      .update(webhookDeliveries)
      .set({
        attemptCount: attempts,
        status: outcome.result === "retry" ? "pending" : outcome.result === "succeeded" ? "succeeded" : "failed",
        deliveredAt: ok ? now() : null,
        ...(outcome.result === "retry" ? { nextAttemptAt: outcome.nextAttemptAt } : {}),
      })
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.status, "pending")));
  });
  return outcome;
}
