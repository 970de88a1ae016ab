import { type ComponentType, lazy } from "react";

const retryEveryMs = 10_000;
/** Failures with the browser online before giving up: the code may be gone (a newer version deployed). */
const triesOnline = 6;

/**
 * Imports code a screen needs to come alive, and when the network is not there waits for it and
 * tries again instead of failing: a failed import would replace the server's page, still readable,
 * with an error screen. With no signal it waits as long as it takes; while the browser says it is
 * online it gives up after a minute, and the error screen offers to try again.
 */
export function loadWhenOnline<T>(load: () => Promise<T>, onlineTriesLeft = triesOnline - 1): Promise<T> {
  return load().catch((error: unknown) => {
    const online = window.navigator.onLine;
    if (online && onlineTriesLeft <= 0) throw error;
    return new Promise<T>((resolve, reject) => {
      const retry = () => {
        window.removeEventListener("online", retry);
        window.clearTimeout(timer);
        loadWhenOnline(load, online ? onlineTriesLeft - 1 : onlineTriesLeft).then(resolve, reject);
      };
      window.addEventListener("online", retry);
      const timer = window.setTimeout(retry, retryEveryMs);
    });
  });
}

/**
 * A component whose code is a chunk of its own, fetched as the importing module runs rather than
 * at its first render: off the page's first load, yet on the phone before any signal is lost (the
 * service worker keeps every chunk after that). Rendering it waits for the code as above.
 */
export function lazyFetchedNow<Props>(load: () => Promise<ComponentType<Props>>) {
  if (typeof window !== "undefined") void load().catch(() => undefined);
  return lazy(() => loadWhenOnline(load).then((Component) => ({ default: Component })));
}
