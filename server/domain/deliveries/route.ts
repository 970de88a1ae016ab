import { geodesicMeters, type LatLng, metersToMiles } from "@/lib/distance";

/**
 * A suggested order for today's deliveries from the store: nearest neighbour from the store,
 * then improved by 2-opt on geodesic (WGS84) distances. Pure; no database.
 *
 * Decisions:
 * - The store is always the start. By default the route returns to it (`returnToStore`),
 *   because the owner drives back to the shop; the closing leg is counted and optimised.
 * - A stop whose location is null (or not a finite lat/lng) cannot be placed: such stops
 *   come after every located stop, in the order given, and have no legs.
 * - Deterministic whatever the input order of located stops: they are ranked by id before
 *   planning, so distance ties go to the smaller id. Of the two directions of the same loop
 *   (equal length), the one starting with the stop nearer the store is chosen.
 * - Ids must be unique (they are parcel tracking IDs); a duplicate is a programming error.
 */

export type RouteStop = { id: string; location: LatLng | null };

export type RoutePlan = {
  /** Every stop id exactly once: located stops in route order, then stops without a location. */
  order: string[];
  /** Store → first stop, stop → stop…, and last stop → store when returning (located stops only). */
  legsMeters: number[];
  totalMeters: number;
  totalMiles: number;
  /** Length of the plain nearest-neighbour route, for comparison (never shorter than `totalMeters`). */
  nearestNeighbourMeters: number;
};

/** Only moves that save more than this count, so rounding noise cannot make 2-opt cycle. */
const MIN_GAIN_METERS = 1e-6;
/** Upper bound on improving moves; each strictly shortens the route, so this is only a backstop. */
const MAX_MOVES = 10_000;

export function planRoute(store: LatLng, stops: RouteStop[], options: { returnToStore?: boolean } = {}): RoutePlan {
  const returnToStore = options.returnToStore ?? true;
  const seen = new Set<string>();
  for (const stop of stops) {
    if (seen.has(stop.id)) throw new Error(`duplicate stop id: ${stop.id}`);
    seen.add(stop.id);
  }

  const located = stops
    .filter((s): s is { id: string; location: LatLng } => isLocated(s.location))
    .sort((a, b) => compareIds(a.id, b.id));
  const unlocated = stops.filter((s) => !isLocated(s.location)).map((s) => s.id);

  // Node 0 is the store; node k (1…n) is located[k − 1].
  const dist = distanceMatrix([store, ...located.map((s) => s.location)]);
  const nn = nearestNeighbour(dist);
  const improved = orient(twoOpt(nn, dist, returnToStore), dist, returnToStore);

  const legsMeters = legs(improved, dist, returnToStore);
  const totalMeters = sum(legsMeters);
  return {
    order: [...improved.map((node) => located[node - 1]!.id), ...unlocated],
    legsMeters,
    totalMeters,
    totalMiles: metersToMiles(totalMeters),
    nearestNeighbourMeters: sum(legs(nn, dist, returnToStore)),
  };
}

function isLocated(location: LatLng | null): location is LatLng {
  return location !== null && Number.isFinite(location.lat) && Number.isFinite(location.lng);
}

/** Code-unit order, independent of the runtime's locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Symmetric by construction: 2-opt reverses segments and relies on d(i, j) = d(j, i). */
function distanceMatrix(points: LatLng[]): Float64Array[] {
  const n = points.length;
  const dist = points.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = geodesicMeters(points[i]!, points[j]!);
      dist[i]![j] = d;
      dist[j]![i] = d;
    }
  }
  return dist;
}

/** Stop nodes (1…n) in visiting order, from the store; ties go to the lower node (smaller id). */
function nearestNeighbour(dist: Float64Array[]): number[] {
  const n = dist.length - 1;
  const visited = new Uint8Array(n + 1);
  const order: number[] = [];
  let at = 0;
  for (let step = 0; step < n; step++) {
    let best = -1;
    for (let k = 1; k <= n; k++) {
      if (!visited[k] && (best === -1 || dist[at]![k]! < dist[at]![best]!)) best = k;
    }
    visited[best] = 1;
    order.push(best);
    at = best;
  }
  return order;
}

/**
 * Best-improvement 2-opt on the path store → order… (→ store when returning): reverse the
 * segment order[i..j] while some reversal shortens the route by more than MIN_GAIN_METERS.
 */
function twoOpt(start: number[], dist: Float64Array[], returnToStore: boolean): number[] {
  const route = [...start];
  const n = route.length;
  const d = (a: number, b: number) => dist[a]![b]!;
  for (let moves = 0; moves < MAX_MOVES; moves++) {
    let bestGain = MIN_GAIN_METERS;
    let bestI = -1;
    let bestJ = -1;
    for (let i = 0; i < n - 1; i++) {
      const before = i === 0 ? 0 : route[i - 1]!;
      const first = route[i]!;
      for (let j = i + 1; j < n; j++) {
        const last = route[j]!;
        const after = j + 1 < n ? route[j + 1]! : returnToStore ? 0 : -1;
        // An open route has no edge after its last stop: only the edge into the segment changes.
        const gain =
          after === -1
            ? d(before, first) - d(before, last)
            : d(before, first) + d(last, after) - d(before, last) - d(first, after);
        if (gain > bestGain) {
          bestGain = gain;
          bestI = i;
          bestJ = j;
        }
      }
    }
    if (bestI === -1) break;
    reverse(route, bestI, bestJ);
  }
  return route;
}

/** A loop and its reverse are equally long: start with the nearer stop (then the smaller id). */
function orient(route: number[], dist: Float64Array[], returnToStore: boolean): number[] {
  if (!returnToStore || route.length < 2) return route;
  const first = route[0]!;
  const last = route[route.length - 1]!;
  const firstLeg = dist[0]![first]!;
  const lastLeg = dist[0]![last]!;
  return lastLeg < firstLeg || (lastLeg === firstLeg && last < first) ? [...route].reverse() : route;
}

function legs(route: number[], dist: Float64Array[], returnToStore: boolean): number[] {
  const result: number[] = [];
  let at = 0;
  for (const node of route) {
    result.push(dist[at]![node]!);
    at = node;
  }
  if (returnToStore && route.length > 0) result.push(dist[at]![0]!);
  return result;
}

function reverse(route: number[], i: number, j: number): void {
  for (let a = i, b = j; a < b; a++, b--) [route[a], route[b]] = [route[b]!, route[a]!];
}

function sum(values: number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
