import "server-only";
import { sql } from "drizzle-orm";
import { Logger, run, type TaskList } from "graphile-worker";
import type { DatabaseHandle } from "@/db/client";
import { refreshAllStats } from "@/server/domain/performance/rollup";
import { attemptWebhookDelivery } from "@/server/domain/webhooks/deliver";
import { logger } from "@/server/log";
import { minuteSweep } from "./maintenance";

/** Only problems: a line per finished job would drown the server's log. */
const quietLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") logger.warn({ component: "jobs" }, message);
});

export function graphileTasks(handle: DatabaseHandle): TaskList {
  return {
    deliver_webhook: async (payload, helpers) => {
      const { deliveryId } = payload as { deliveryId: string };
      const outcome = await attemptWebhookDelivery({ db: handle.db, deliveryId });
      if (outcome.result === "retry") {
        // Our backoff, not the queue's, so the schedule is the same on either database.
        await helpers.addJob(
          "deliver_webhook",
          { deliveryId },
          { runAt: outcome.nextAttemptAt, jobKey: `webhook:${deliveryId}` },
        );
      }
    },
    minute_sweep: async () => {
      await minuteSweep(handle.db);
    },
    refresh_stats: async () => {
      await refreshAllStats({ db: handle.db });
    },
  };
}

/** graphile-worker on the PostgreSQL server: installs its schema, then runs until stopped. */
export async function startGraphileWorker(handle: DatabaseHandle, connectionString: string) {
  const runner = await run({
    connectionString,
    concurrency: 4,
    noHandleSignals: true,
    logger: quietLogger,
    pollInterval: 2_000,
    taskList: graphileTasks(handle),
    crontab: "* * * * * minute_sweep ?max=1",
  });
  // Deliveries queued before the queue's schema existed get their job now; the job key
  // makes this a no-op for those that already have one.
  await handle.db.execute(
    sql`select graphile_worker.add_job('deliver_webhook', json_build_object('deliveryId', id), job_key => 'webhook:' || id)
        from webhook_deliveries where status = 'pending'`,
  );
  return () => runner.stop();
}
