/** Plain map maths and types shared by the map and its callers; no Leaflet, so it runs anywhere. */

export type LatLng = { lat: number; lng: number };

/** Tile address template and its credit, from the server's configuration; an empty url draws no tiles. */
export type MapTiles = { url: string; attribution: string };

/** A numbered stop; the number is the one the list beside the map shows. */
export type MapStop = LatLng & { id: string; number: number; label: string };

/** [[south, west], [north, east]], as Leaflet takes bounds. */
export type Bounds = [[number, number], [number, number]];

export const METERS_PER_MILE = 1609.344;

/** The sphere Leaflet draws circles on, so fitted bounds hug the drawn circle. */
const EARTH_RADIUS_METERS = 6_371_000;

export function milesToMeters(miles: number): number {
  return miles * METERS_PER_MILE;
}

/**
 * A box just holding a circle of `radiusMeters` around `center` and every point given.
 * A circle over a pole spans every longitude, and so does its box.
 */
export function boundsAround(center: LatLng, radiusMeters: number, points: LatLng[] = []): Bounds {
  const latDelta = (Math.max(0, radiusMeters) / EARTH_RADIUS_METERS) * (180 / Math.PI);
  const overPole = Math.abs(center.lat) + latDelta >= 90;
  const lngDelta = overPole ? 180 : latDelta / Math.cos((center.lat * Math.PI) / 180);
  let south = Math.max(-90, center.lat - latDelta);
  let north = Math.min(90, center.lat + latDelta);
  let west = lngDelta >= 180 ? -180 : center.lng - lngDelta;
  let east = lngDelta >= 180 ? 180 : center.lng + lngDelta;
  for (const p of points) {
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
    west = Math.min(west, p.lng);
    east = Math.max(east, p.lng);
  }
  return [
    [south, west],
    [north, east],
  ];
}

/** Six decimals (about 10 cm): finer than any pick on a screen, short enough to read. */
export function roundCoordinate(value: number): number {
  const rounded = Math.round(value * 1e6) / 1e6;
  return rounded === 0 ? 0 : rounded; // not -0
}

/** Typed latitude and longitude as a point, or null while either is empty, not a number or out of range. */
export function parseLatLng(latText: string, lngText: string): LatLng | null {
  if (!latText.trim() || !lngText.trim()) return null;
  const lat = Number(latText);
  const lng = Number(lngText);
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { lat, lng };
}
