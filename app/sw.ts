/// <reference lib="webworker" />
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, type PrecacheEntry, Serwist } from "serwist";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const week = 7 * 24 * 60 * 60;

// Pages are fetched fresh when the network answers within a few seconds (poor rural signal),
// else served as last seen. Data and files behind /api are never cached: they are private and
// the open page already holds what it needs.
const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  runtimeCaching: [
    { matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/api/"), handler: new NetworkOnly() },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: "static",
        plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 4 * week })],
      }),
    },
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && request.headers.get("RSC") === "1",
      handler: new NetworkFirst({
        cacheName: "pages-rsc",
        networkTimeoutSeconds: 4,
        plugins: [new ExpirationPlugin({ maxEntries: 100, maxAgeSeconds: week })],
      }),
    },
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
      handler: new NetworkFirst({
        cacheName: "pages",
        networkTimeoutSeconds: 4,
        plugins: [new ExpirationPlugin({ maxEntries: 50, maxAgeSeconds: week })],
      }),
    },
  ],
  fallbacks: { entries: [{ url: "/offline", matcher: ({ request }) => request.destination === "document" }] },
});

/**
 * Signing out forgets the pages kept for offline use, so the next person on a shared phone never
 * sees them. The pages were kept by this worker, so it is the one that forgets them, whatever
 * the page did. Actions not yet synced stay (IndexedDB): they belong to their author and sync
 * when that person signs in again.
 */
const keptPages = ["pages", "pages-rsc"];
self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "POST" || new URL(request.url).pathname !== "/logout") return;
  event.waitUntil(Promise.all(keptPages.map((name) => caches.delete(name))));
});

serwist.addEventListeners();
