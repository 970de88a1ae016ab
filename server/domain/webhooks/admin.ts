import { randomBytes } from "node:crypto";
import { asc, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { carriers, type WebhookEventType, webhookAttempts, webhookDeliveries, webhookSubscriptions } from "@/db/schema";
import { AppError, notFound } from "@/server/errors";

/** Subscriptions with their most recent deliveries and every attempt of those, for the admin. */
export async function listWebhooks(db: DbOrTx, limit = 100) {
  const subscriptions = await db
    .select({
      id: webhookSubscriptions.id,
      carrierName: carriers.name,
      url: webhookSubscriptions.url,
      secret: webhookSubscriptions.secret,
      eventTypes: webhookSubscriptions.eventTypes,
      active: webhookSubscriptions.active,
      createdAt: webhookSubscriptions.createdAt,
    })
    .from(webhookSubscriptions)
    .innerJoin(carriers, eq(carriers.id, webhookSubscriptions.carrierId))
    .orderBy(asc(carriers.name), asc(webhookSubscriptions.createdAt));
  const deliveries = await db.select().from(webhookDeliveries).orderBy(desc(webhookDeliveries.createdAt)).limit(limit);
  const attempts = deliveries.length
    ? await db
        .select()
        .from(webhookAttempts)
        .where(
          inArray(
            webhookAttempts.deliveryId,
            deliveries.map((d) => d.id),
          ),
        )
        .orderBy(asc(webhookAttempts.id))
    : [];
  return {
    subscriptions,
    deliveries: deliveries.map((d) => ({ ...d, attempts: attempts.filter((a) => a.deliveryId === d.id) })),
  };
}

/** Endpoints must be HTTPS; plain HTTP only to this machine, for local receivers. */
export function checkWebhookUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError("BAD_REQUEST", "Enter a full URL, like https://carrier.example/hooks.");
  }
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) {
    throw new AppError("BAD_REQUEST", "Webhook endpoints must use https://.");
  }
  return url.toString();
}

export async function addWebhookSubscription(
  db: DbOrTx,
  input: { carrierId: string; url: string; eventTypes: WebhookEventType[] },
) {
  const [carrier] = await db.select({ id: carriers.id }).from(carriers).where(eq(carriers.id, input.carrierId));
  if (!carrier) throw notFound("Carrier");
  const [row] = await db
    .insert(webhookSubscriptions)
    .values({
      carrierId: carrier.id,
      url: checkWebhookUrl(input.url),
      secret: `whsec_${randomBytes(24).toString("base64url")}`,
      eventTypes: [...new Set(input.eventTypes)],
    })
    .returning();
  return row!;
}

export async function setWebhookSubscriptionActive(db: DbOrTx, id: string, active: boolean) {
  const [row] = await db
    .update(webhookSubscriptions)
    .set({ active })
    .where(eq(webhookSubscriptions.id, id))
    .returning({ id: webhookSubscriptions.id });
  if (!row) throw notFound("Subscription");
}

export function listCarriers(db: DbOrTx) {
  return db
    .select({ id: carriers.id, name: carriers.name, code: carriers.code })
    .from(carriers)
    .orderBy(asc(carriers.name));
}
