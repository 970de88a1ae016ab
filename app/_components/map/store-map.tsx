"use client";

import { useTranslations } from "next-intl";
import { Component, lazy, type ReactNode } from "react";
import { BrowserOnly } from "../browser-only";
import type { LeafletMapProps } from "./leaflet-map";

function MapLoading() {
  const t = useTranslations("common");
  return <p className="grid h-full place-items-center text-sm text-slate-600">{t("mapLoading")}</p>;
}

function MapOffline() {
  const t = useTranslations("common");
  return <p className="grid h-full place-items-center p-4 text-center text-sm text-slate-600">{t("mapOffline")}</p>;
}

// Leaflet needs `window`, so it loads (inside BrowserOnly) in the browser only.
const LeafletMap = lazy(() => import("./leaflet-map").then((m) => ({ default: m.LeafletMap })));

/** A map that cannot load (offline before its code was kept) must not take the page down with it. */
class MapFallback extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? <MapOffline /> : this.props.children;
  }
}

/**
 * A store's map (see LeafletMap), in a box of a fixed height (`className`, default h-64) that
 * holds its place while Leaflet loads. `isolate` keeps Leaflet's stacked panes under the page's header.
 */
export function StoreMap({ className = "h-64", ...props }: LeafletMapProps & { className?: string }) {
  return (
    <div className={`isolate overflow-hidden rounded-lg bg-slate-100 ring-1 ring-slate-200 ${className}`}>
      <MapFallback>
        <BrowserOnly fallback={<MapLoading />}>
          <LeafletMap {...props} />
        </BrowserOnly>
      </MapFallback>
    </div>
  );
}
