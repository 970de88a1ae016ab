"use client";

import dynamic from "next/dynamic";
import type { LeafletMapProps } from "./leaflet-map";

// Leaflet needs `window`, so it loads in the browser only.
const LeafletMap = dynamic(() => import("./leaflet-map").then((m) => m.LeafletMap), {
  ssr: false,
  loading: () => <p className="grid h-full place-items-center text-sm text-slate-600">Loading the map…</p>,
});

/**
 * A store's map (see LeafletMap), in a box of a fixed height (`className`, default h-64) that
 * holds its place while Leaflet loads. `isolate` keeps Leaflet's stacked panes under the page's header.
 */
export function StoreMap({ className = "h-64", ...props }: LeafletMapProps & { className?: string }) {
  return (
    <div className={`isolate overflow-hidden rounded-lg bg-slate-100 ring-1 ring-slate-200 ${className}`}>
      <LeafletMap {...props} />
    </div>
  );
}
