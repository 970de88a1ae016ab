/**
 * Work to finish when the server stops (background jobs, then the database pool), in the order
 * registered. Kept on globalThis: the server script and Next's bundles load separate copies.
 */
type Hook = { name: string; run: () => Promise<void> };
const globalForShutdown = globalThis as unknown as { handoffShutdownHooks?: Hook[] };

export function onShutdown(name: string, run: () => Promise<void>): void {
  globalForShutdown.handoffShutdownHooks ??= [];
  globalForShutdown.handoffShutdownHooks.push({ name, run });
}

/** Runs every hook once, each after the previous; a failing hook does not stop the others. */
export async function runShutdownHooks(onError: (name: string, error: unknown) => void): Promise<void> {
  const hooks = globalForShutdown.handoffShutdownHooks ?? [];
  globalForShutdown.handoffShutdownHooks = [];
  for (const hook of hooks) {
    try {
      await hook.run();
    } catch (error) {
      onError(hook.name, error);
    }
  }
}
