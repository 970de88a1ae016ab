"use client";

import { Suspense, useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * Renders its children in the browser only, after hydration (the server and the first browser
 * render show `fallback`), for code that touches `window` (Leaflet) or has no use on the server
 * (Recharts). A lazy child shows `fallback` while its code loads too.
 */
export function BrowserOnly({ fallback = null, children }: { fallback?: React.ReactNode; children: React.ReactNode }) {
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return inBrowser ? <Suspense fallback={fallback}>{children}</Suspense> : fallback;
}
