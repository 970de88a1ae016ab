/** Starts each server instance's background work (webhook delivery, the minute sweep). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./server/env");
  if (!env.BACKGROUND_JOBS) return;
  const { getDatabase } = await import("./db/client");
  const { startBackgroundJobs } = await import("./server/jobs");
  await startBackgroundJobs(await getDatabase(), env.DATABASE_URL);
}
