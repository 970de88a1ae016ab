import "server-only";
import type { DatabaseHandle } from "@/db/client";
import { refreshStats } from "@/server/domain/performance/rollup";
import { attemptWebhookDelivery } from "@/server/domain/webhooks/deliver";
import { logger } from "@/server/log";
import { dueWebhookDeliveries, minuteSweep } from "./maintenance";

/**
 * Background work of an instance: webhook delivery, refreshing the performance rollups a
 * change made stale, and the once-a-minute sweep.
 * On a PostgreSQL server it runs on graphile-worker (a durable job queue in the database,
 * shared by every instance). The embedded database has one process only, so a small poller
 * over the same tables does it there.
 */
export async function startBackgroundJobs(handle: DatabaseHandle, databaseUrl: string | undefined) {
  if (handle.kind === "postgres" && databaseUrl) {
    const { startGraphileWorker } = await import("./graphile");
    return startGraphileWorker(handle, databaseUrl);
  }
  return startEmbeddedPoller(handle);
}

function startEmbeddedPoller(handle: DatabaseHandle) {
  let running = false;
  let lastSweep = 0;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      for (const id of await dueWebhookDeliveries(handle.db, 20))
        await attemptWebhookDelivery({ db: handle.db, deliveryId: id });
      await refreshStats({ db: handle.db });
      if (Date.now() - lastSweep >= 60_000) {
        lastSweep = Date.now();
        await minuteSweep(handle.db);
      }
    } catch (error) {
      logger.error({ err: error }, "background work failed");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), 2_000);
  timer.unref();
  return async () => clearInterval(timer);
}
