"use client";

import { useEffect } from "react";

/** Installs the service worker that keeps pages and assets for offline use (production builds only). */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch((error: unknown) => {
      console.warn("The offline service worker could not be installed", error);
    });
  }, []);
  return null;
}
