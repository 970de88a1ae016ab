/** Runs `load` once the browser is idle (code a page may need soon, kept off its first load). */
export function whenIdle(load: () => unknown): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(() => void load());
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(() => void load(), 200);
  return () => window.clearTimeout(handle);
}
