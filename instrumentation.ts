/** Starts each server instance's background work (webhook delivery, the minute sweep). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./server/env");
  const { getDatabase } = await import("./db/client");
  const { onShutdown } = await import("./server/shutdown");
  if (env.BACKGROUND_JOBS) {
    const { startBackgroundJobs } = await import("./server/jobs");
    const stopJobs = await startBackgroundJobs(await getDatabase(), env.DATABASE_URL);
    // Stopping lets a job in progress finish; the pool closes after it.
    onShutdown("background jobs", stopJobs);
  }
  onShutdown("database", async () => (await getDatabase()).close());
}
