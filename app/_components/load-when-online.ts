const retryEveryMs = 10_000;

/**
 * Imports code a screen needs to come alive, and when the network is not there waits for it and
 * tries again instead of failing: a failed import would replace the server's page, still readable,
 * with an error screen.
 */
export function loadWhenOnline<T>(load: () => Promise<T>): Promise<T> {
  return load().catch(
    () =>
      new Promise<T>((resolve) => {
        const retry = () => {
          window.removeEventListener("online", retry);
          window.clearTimeout(timer);
          resolve(loadWhenOnline(load));
        };
        window.addEventListener("online", retry);
        const timer = window.setTimeout(retry, retryEveryMs);
      }),
  );
}
