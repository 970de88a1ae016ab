import "server-only";
import { randomBytes } from "node:crypto";
import { asc, count, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { carriers, type WebhookEventType, webhookAttempts, webhookDeliveries, webhookSubscriptions } from "@/db/schema";
import { type PageSize, pageWindow } from "@/lib/pagination";
import { env } from "@/server/env";
import { notFound } from "@/server/errors";
import { checkWebhookUrl } from "./target";

/** Deliveries a page of the webhooks page lists. */
export const DELIVERIES_PAGE_SIZE: PageSize = 50;

/**
 * Subscriptions with one page of the deliveries, newest first, and every attempt of those, for
 * the admin; a page beyond the last answers with the last.
 */
export async function listWebhooks({ db, page = 1 }: { db: DbOrTx; page?: number }) {
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
  const [counted] = await db.select({ n: count() }).from(webhookDeliveries);
  const total = counted?.n ?? 0;
  const window = pageWindow(total, page, DELIVERIES_PAGE_SIZE);
  const deliveries = await db
    .select()
    .from(webhookDeliveries)
    // Ties by id, so pages neither overlap nor skip.
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(window.limit)
    .offset(window.offset);
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
    deliveriesPage: { total, page: window.page, pageCount: window.pageCount, size: DELIVERIES_PAGE_SIZE },
  };
}

export async function addWebhookSubscription({
  db,
  input,
}: {
  db: DbOrTx;
  input: { carrierId: string; url: string; eventTypes: WebhookEventType[] };
}) {
  const [carrier] = await db.select({ id: carriers.id }).from(carriers).where(eq(carriers.id, input.carrierId));
  if (!carrier) throw notFound("Carrier");
  const [row] = await db
    .insert(webhookSubscriptions)
    .values({
      carrierId: carrier.id,
      url: checkWebhookUrl(input.url, { allowPrivate: env.WEBHOOK_ALLOW_PRIVATE_HOSTS }),
      secret: `whsec_${randomBytes(24).toString("base64url")}`,
      eventTypes: [...new Set(input.eventTypes)],
    })
    .returning();
  return row!;
}

export function listCarriers({ db }: { db: DbOrTx }) {
  return db
    .select({ id: carriers.id, name: carriers.name, code: carriers.code })
    .from(carriers)
    .orderBy(asc(carriers.name));
}
