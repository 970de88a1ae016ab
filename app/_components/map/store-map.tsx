"use client";

import dynamic from "next/dynamic";
import { Component, type ReactNode } from "react";
import type { LeafletMapProps } from "./leaflet-map";

// Leaflet needs `window`, so it loads in the browser only.
const LeafletMap = dynamic(() => import("./leaflet-map").then((m) => m.LeafletMap), {
  ssr: false,
  loading: () => <p className="grid h-full place-items-center text-sm text-slate-600">Loading the map…</p>,
});

/** A map that cannot load (offline before its code was kept) must not take the page down with it. */
class MapFallback extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p className="grid h-full place-items-center p-4 text-center text-sm text-slate-600">
        The map cannot load without a network. The list has every stop.
      </p>
    );
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
        <LeafletMap {...props} />
      </MapFallback>
    </div>
  );
}
