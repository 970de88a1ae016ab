"use client";

import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Circle, MapContainer, Marker, Polyline, TileLayer, useMap, useMapEvents } from "react-leaflet";
import {
  type Bounds,
  boundsAround,
  type LatLng,
  type MapStop,
  type MapTiles,
  milesToMeters,
  roundCoordinate,
} from "./geometry";

export type LeafletMapProps = {
  /** What the map shows, for screen readers; the page's own text (inputs, the list of stops) carries the details. */
  label: string;
  tiles: MapTiles;
  /** The store; null while its coordinates are not known yet. */
  center: LatLng | null;
  /** Draws the delivery radius around the store. */
  radiusMiles?: number | null;
  stops?: MapStop[];
  /** Draws the round trip store → stops in order → store. */
  showRoute?: boolean;
  /** Makes the store marker draggable and the map clickable; called with coordinates rounded to 6 decimals. */
  onPick?: (lat: number, lng: number) => void;
};

/** Shapes only, no icon images: Leaflet's default marker images break under bundlers and need the network. */
const storeIcon = L.divIcon({
  className: "store-map-store",
  html: '<span class="block size-5 rounded-md bg-slate-900 shadow ring-2 ring-white"></span>',
  iconSize: [20, 20],
  iconAnchor: [10, 10],
});

const pickIcon = L.divIcon({
  className: "store-map-pick cursor-move",
  html: '<span class="block size-7 rounded-md border-4 border-white bg-brand-700 shadow-md ring-1 ring-slate-900"></span>',
  iconSize: [28, 28],
  iconAnchor: [14, 14],
});

const stopIcons = new Map<number, L.DivIcon>();
function stopIcon(n: number): L.DivIcon {
  let icon = stopIcons.get(n);
  if (!icon) {
    icon = L.divIcon({
      className: "store-map-stop",
      html: `<span class="flex size-7 items-center justify-center rounded-full bg-brand-700 text-xs font-bold text-white shadow ring-2 ring-white">${n}</span>`,
      iconSize: [28, 28],
      iconAnchor: [14, 14],
    });
    stopIcons.set(n, icon);
  }
  return icon;
}

/** Seen when no coordinates are known yet: the contiguous United States. */
const overview = { center: [39.5, -98.35] as [number, number], zoom: 4 };

/** What the map frames: the radius (or about a mile round a store without one) and every stop. */
function viewBounds(center: LatLng, radiusMiles: number | null | undefined, stops: MapStop[]): Bounds {
  return boundsAround(center, milesToMeters(radiusMiles && radiusMiles > 0 ? radiusMiles : 1), stops);
}

/**
 * A store on a map: its delivery radius, numbered stops and optionally the route; with `onPick`, a
 * place to set the store's location. Draws only vector shapes, so it reads even when no tile loads.
 */
export function LeafletMap({ label, tiles, center, radiusMiles, stops = [], showRoute, onPick }: LeafletMapProps) {
  const t = useTranslations("common");
  const bounds = center ? viewBounds(center, radiusMiles, stops) : null;
  // A pick keeps the view where the person is working; typed coordinates and new data refit it.
  const pickedBoundsKey = useRef<string | null>(null);
  const pick = onPick
    ? (at: L.LatLng) => {
        const p = at.wrap();
        const point = { lat: roundCoordinate(p.lat), lng: roundCoordinate(p.lng) };
        pickedBoundsKey.current = JSON.stringify(viewBounds(point, radiusMiles, stops));
        onPick(point.lat, point.lng);
      }
    : null;
  const position: [number, number] | null = center ? [center.lat, center.lng] : null;
  const hasRadius = Boolean(radiusMiles && radiusMiles > 0);

  return (
    <MapContainer
      {...(bounds ? { bounds, boundsOptions: fitOptions } : overview)}
      className="h-full w-full"
      // Inline: leaflet.css sets a darker grey outside Tailwind's layers, which would win over a class.
      style={{ background: "#f1f5f9" }}
      scrollWheelZoom={false}
      // Quarter steps let the radius fill the box instead of snapping to half its size.
      zoomSnap={0.25}
    >
      <Describe label={label} />
      <TrackSize />
      {bounds ? <FitView boundsKey={JSON.stringify(bounds)} skip={pickedBoundsKey} /> : null}
      {tiles.url ? <TileLayer url={tiles.url} attribution={tiles.attribution} /> : null}
      {position && hasRadius ? (
        <Circle
          center={position}
          radius={milesToMeters(radiusMiles!)}
          className="store-map-radius"
          pathOptions={{ color: "#0f7a5c", weight: 2, fillOpacity: 0.08 }}
          interactive={false}
        />
      ) : null}
      {position && showRoute && stops.length ? (
        <Polyline
          positions={[position, ...stops.map((s): [number, number] => [s.lat, s.lng]), position]}
          className="store-map-route"
          pathOptions={{ color: "#334155", weight: 2, opacity: 0.7, dashArray: "6 6" }}
          interactive={false}
        />
      ) : null}
      {stops.map((s) => (
        <Marker
          key={s.id}
          position={[s.lat, s.lng]}
          icon={stopIcon(s.number)}
          title={`${s.number}. ${s.label}`}
          keyboard={false}
          riseOnHover
        />
      ))}
      {pick ? <PickOnClick pick={pick} /> : null}
      {position ? (
        pick ? (
          <Marker
            position={position}
            icon={pickIcon}
            title="Store location (drag to adjust)"
            keyboard={false}
            draggable
            autoPan
            zIndexOffset={1000}
            eventHandlers={{ dragend: (e) => pick((e.target as L.Marker).getLatLng()) }}
          />
        ) : (
          <Marker position={position} icon={storeIcon} title={t("mapStore")} keyboard={false} zIndexOffset={1000} />
        )
      ) : null}
    </MapContainer>
  );
}

const fitOptions: L.FitBoundsOptions = { padding: [16, 16], maxZoom: 16, animate: false };

/** Refits when what the map frames changes, except right after a pick (see `pick`). */
function FitView({ boundsKey, skip }: { boundsKey: string; skip: React.RefObject<string | null> }) {
  const map = useMap();
  useEffect(() => {
    if (skip.current === boundsKey) {
      skip.current = null;
      return;
    }
    map.fitBounds(JSON.parse(boundsKey) as Bounds, fitOptions);
  }, [map, boundsKey, skip]);
  return null;
}

function PickOnClick({ pick }: { pick: (at: L.LatLng) => void }) {
  useMapEvents({ click: (e) => pick(e.latlng) });
  return null;
}

/**
 * Names the map for screen readers and hides its shapes from them: the list of stops and the
 * typed coordinates are the accessible record, and the markers cannot be operated by keyboard.
 */
function Describe({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", label);
    for (const pane of ["overlayPane", "markerPane"]) map.getPane(pane)?.setAttribute("aria-hidden", "true");
  }, [map, label]);
  return null;
}

/** Leaflet measures its box once; layouts that resize it (a grid, a rotated phone) need a re-measure. */
function TrackSize() {
  const map = useMap();
  useEffect(() => {
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}
