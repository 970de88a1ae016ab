import * as geodesicModule from "geographiclib-geodesic";
import { METERS_PER_MILE } from "./units";

// The package is CommonJS: plain Node ESM (scripts run with tsx) only offers it as a default
// export, bundlers as named exports.
const { Geodesic } = (geodesicModule as unknown as { default?: typeof geodesicModule }).default ?? geodesicModule;

export { METERS_PER_MILE };

export type LatLng = { lat: number; lng: number };

/** Geodesic distance on the WGS84 ellipsoid (Karney's algorithm), in metres. */
export function geodesicMeters(a: LatLng, b: LatLng): number {
  const result = Geodesic.WGS84.Inverse(a.lat, a.lng, b.lat, b.lng);
  if (result.s12 === undefined) throw new Error("geodesic inverse returned no distance");
  return result.s12;
}

/** The point `meters` away from `from` along `bearing` degrees (clockwise from north). */
export function pointAt(from: LatLng, bearing: number, meters: number): LatLng {
  const r = Geodesic.WGS84.Direct(from.lat, from.lng, bearing, meters);
  return { lat: r.lat2 ?? from.lat, lng: r.lon2 ?? from.lng };
}

export function milesToMeters(miles: number): number {
  return miles * METERS_PER_MILE;
}

export function metersToMiles(meters: number): number {
  return meters / METERS_PER_MILE;
}

/**
 * Whether a point lies inside a store's delivery radius. A GPS fix is given the benefit of
 * its stated accuracy: only a fix farther than radius + accuracy is outside. An accuracy that
 * is negative or not a number earns no allowance; a distance that is not a number is outside.
 */
export function isWithinRadius(distanceMeters: number, radiusMiles: number, accuracyMeters = 0): boolean {
  return distanceMeters <= radiusAllowanceMeters(radiusMiles, accuracyMeters);
}

/** How far a fix may be from the store and still count as inside: the radius plus its accuracy. */
export function radiusAllowanceMeters(radiusMiles: number, accuracyMeters: number | null = 0): number {
  // Math.max(0, NaN) is NaN, which would put even a fix at the store outside.
  const accuracy = accuracyMeters ?? 0;
  return milesToMeters(radiusMiles) + (Number.isFinite(accuracy) && accuracy > 0 ? accuracy : 0);
}
