import "server-only";
import { and, asc, eq, lt, lte } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { apiRateWindows, idempotencyRecords, webhookDeliveries } from "@/db/schema";
import { sweepMissedArrivals } from "@/server/domain/arrivals/sweep";

/** Once a minute: driver no-shows, and housekeeping of short-lived records. */
export async function minuteSweep(db: DbOrTx, now = new Date()) {
  const missed = await sweepMissedArrivals({ db, now });
  await db.delete(apiRateWindows).where(lt(apiRateWindows.windowStart, new Date(now.getTime() - 3600_000)));
  // Idempotency keys are honoured for a week: long past any carrier's retry horizon.
  await db.delete(idempotencyRecords).where(lt(idempotencyRecords.createdAt, new Date(now.getTime() - 7 * 86_400_000)));
  return { missed };
}

/** Pending webhook deliveries whose next attempt is due (embedded mode's queue). */
export async function dueWebhookDeliveries(db: DbOrTx, limit: number, now = new Date()) {
  const rows = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, now)))
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(limit);
  return rows.map((r) => r.id);
}
