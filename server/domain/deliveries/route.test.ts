import { describe, expect, it } from "vitest";
import { geodesicMeters, type LatLng, metersToMiles, milesToMeters, pointAt } from "@/lib/distance";
import { planRoute, type RoutePlan, type RouteStop } from "./route";

// The demo rural partner NE-PRAIRIE (Broken Bow, NE).
const store: LatLng = { lat: 41.4019, lng: -99.6393 };

/** mulberry32: a tiny seeded PRNG, so every "random" case is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` stops spread uniformly over the disc of `radiusMiles` around the store. */
function randomStops(seed: number, count: number, radiusMiles = 10): RouteStop[] {
  const random = prng(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `P${seed}-${String(i).padStart(3, "0")}`,
    location: pointAt(store, random() * 360, Math.sqrt(random()) * milesToMeters(radiusMiles)),
  }));
}

/** A point `east` and `north` kilometres from the store (a local plane is exact enough here). */
function km(east: number, north: number): LatLng {
  if (east === 0 && north === 0) return store;
  return pointAt(store, (Math.atan2(east, north) * 180) / Math.PI, Math.hypot(east, north) * 1000);
}

function shuffled<T>(items: T[], seed: number): T[] {
  const random = prng(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Legs of a visiting order, measured independently of the module's matrix. */
function legsOf(order: string[], stops: RouteStop[], returnToStore: boolean): number[] {
  const byId = new Map(stops.map((s) => [s.id, s.location]));
  const points = order.map((id) => byId.get(id)).filter((p): p is LatLng => p != null);
  const path = [store, ...points, ...(returnToStore && points.length > 0 ? [store] : [])];
  return path.slice(1).map((p, i) => geodesicMeters(path[i]!, p));
}

const total = (legs: number[]) => legs.reduce((a, b) => a + b, 0);

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations(items.filter((_, j) => j !== i)).map((rest) => [item, ...rest]));
}

/** The largest saving any single 2-opt reversal would still make on a planned route. */
function best2OptGain(plan: RoutePlan, stops: RouteStop[], returnToStore: boolean): number {
  const byId = new Map(stops.map((s) => [s.id, s.location]));
  const points = plan.order.map((id) => byId.get(id)).filter((p): p is LatLng => p != null);
  let best = 0;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const candidate = [...points.slice(0, i), ...points.slice(i, j + 1).reverse(), ...points.slice(j + 1)];
      const path = [store, ...candidate, ...(returnToStore ? [store] : [])];
      const length = total(path.slice(1).map((p, k) => geodesicMeters(path[k]!, p)));
      best = Math.max(best, plan.totalMeters - length);
    }
  }
  return best;
}

describe("planRoute: edge cases", () => {
  it("plans nothing for no stops", () => {
    for (const returnToStore of [true, false]) {
      expect(planRoute(store, [], { returnToStore })).toEqual({
        order: [],
        legsMeters: [],
        totalMeters: 0,
        totalMiles: 0,
        nearestNeighbourMeters: 0,
      });
    }
  });

  it("drives out and back for a single stop, and only out when not returning", () => {
    const stop = { id: "ONLY", location: km(3, 4) };
    const out = geodesicMeters(store, stop.location);
    expect(out).toBeCloseTo(5000, -1);

    const loop = planRoute(store, [stop]);
    expect(loop.order).toEqual(["ONLY"]);
    expect(loop.legsMeters).toEqual([out, out]);
    expect(loop.totalMeters).toBe(2 * out);
    expect(loop.nearestNeighbourMeters).toBe(2 * out);
    expect(loop.totalMiles).toBe(metersToMiles(2 * out));

    const oneWay = planRoute(store, [stop], { returnToStore: false });
    expect(oneWay.legsMeters).toEqual([out]);
    expect(oneWay.totalMeters).toBe(out);
  });

  it("returns to the store by default", () => {
    const stops = randomStops(11, 8);
    expect(planRoute(store, stops)).toEqual(planRoute(store, stops, { returnToStore: true }));
    expect(planRoute(store, stops).legsMeters).toHaveLength(9);
    expect(planRoute(store, stops, { returnToStore: false }).legsMeters).toHaveLength(8);
  });

  it("handles a stop at the store itself with a zero leg", () => {
    const plan = planRoute(store, [
      { id: "B", location: km(1, 0) },
      { id: "A", location: store },
    ]);
    expect(plan.order).toEqual(["A", "B"]);
    expect(plan.legsMeters[0]).toBe(0);
  });

  it("puts stops without a location last, in the order given, with no legs", () => {
    const stops: RouteStop[] = [
      { id: "NOLOC-2", location: null },
      { id: "FAR", location: km(5, 0) },
      { id: "NAN", location: { lat: Number.NaN, lng: -99.6 } },
      { id: "NEAR", location: km(1, 0) },
      { id: "NOLOC-1", location: null },
    ];
    const plan = planRoute(store, stops);
    expect(plan.order).toEqual(["NEAR", "FAR", "NOLOC-2", "NAN", "NOLOC-1"]);
    expect(plan.legsMeters).toHaveLength(3);
    expect(plan.legsMeters).toEqual(legsOf(["NEAR", "FAR"], stops, true));
  });

  it("gives an order, but no legs, when no stop has a location", () => {
    const plan = planRoute(store, [
      { id: "Y", location: null },
      { id: "X", location: null },
    ]);
    expect(plan).toEqual({
      order: ["Y", "X"],
      legsMeters: [],
      totalMeters: 0,
      totalMiles: 0,
      nearestNeighbourMeters: 0,
    });
  });

  it("refuses duplicate stop ids", () => {
    expect(() =>
      planRoute(store, [
        { id: "DUP", location: km(1, 0) },
        { id: "DUP", location: km(2, 0) },
      ]),
    ).toThrow("duplicate stop id: DUP");
  });
});

describe("planRoute: 2-opt removes crossings nearest neighbour leaves", () => {
  it("uncrosses the drive home on a loop", () => {
    // Kilometres east/north of the store. Nearest neighbour goes A → B → C → D, and the drive
    // home D → store crosses B → C (the line x = 2). Reversing C, D removes the crossing.
    const stops: RouteStop[] = [
      { id: "A", location: km(1, 0) },
      { id: "B", location: km(2, 1) },
      { id: "C", location: km(2, -1.1) },
      { id: "D", location: km(4, 0) },
    ];
    const plan = planRoute(store, stops);
    expect(plan.order).toEqual(["A", "B", "D", "C"]);
    expect(plan.nearestNeighbourMeters).toBeCloseTo(total(legsOf(["A", "B", "C", "D"], stops, true)), 6);
    // On the plane: 1 + √2 + 2.1 + √5.21 + 4 ≈ 10.797 km against 1 + √2 + √5 + 2·√5.21 ≈ 9.215 km.
    expect(plan.nearestNeighbourMeters).toBeCloseTo(10_797, -1);
    expect(plan.totalMeters).toBeCloseTo(9_215, -1);
    // …and it is the best of all 24 orders (the reverse loop is as long; it starts farther out).
    const lengths = permutations(["A", "B", "C", "D"]).map((order) => total(legsOf(order, stops, true)));
    expect(plan.totalMeters).toBeCloseTo(Math.min(...lengths), 6);
  });

  it("uncrosses a one-way route", () => {
    // Nearest neighbour: A (0,1) → B (0,3) → C (−1,3) → D (3,2), and C → D crosses A → B.
    // Reversing B, C gives A → C → B → D with no crossing.
    const stops: RouteStop[] = [
      { id: "A", location: km(0, 1) },
      { id: "B", location: km(0, 3) },
      { id: "C", location: km(-1, 3) },
      { id: "D", location: km(3, 2) },
    ];
    const plan = planRoute(store, stops, { returnToStore: false });
    expect(plan.order).toEqual(["A", "C", "B", "D"]);
    expect(plan.nearestNeighbourMeters).toBeCloseTo(total(legsOf(["A", "B", "C", "D"], stops, false)), 6);
    expect(plan.nearestNeighbourMeters - plan.totalMeters).toBeGreaterThan(700);
    const lengths = permutations(["A", "B", "C", "D"]).map((order) => total(legsOf(order, stops, false)));
    expect(plan.totalMeters).toBeCloseTo(Math.min(...lengths), 6);
  });
});

describe("planRoute: properties over pseudo-random days around NE-PRAIRIE", () => {
  const days = Array.from({ length: 120 }, (_, i) => ({ seed: 1000 + i, count: 2 + ((i * 7) % 34) }));

  it.each([true, false])("never plans longer than nearest neighbour (returnToStore %s)", (returnToStore) => {
    let improvedDays = 0;
    for (const { seed, count } of days) {
      const plan = planRoute(store, randomStops(seed, count), { returnToStore });
      expect(plan.totalMeters).toBeLessThanOrEqual(plan.nearestNeighbourMeters);
      if (plan.totalMeters < plan.nearestNeighbourMeters - 1) improvedDays++;
    }
    // 2-opt is doing something, not just handing back nearest neighbour.
    expect(improvedDays).toBeGreaterThan(days.length / 2);
  });

  it.each([true, false])("lists every id once, with legs that add up (returnToStore %s)", (returnToStore) => {
    for (const { seed, count } of days) {
      const stops = randomStops(seed, count);
      const plan = planRoute(store, stops, { returnToStore });
      expect([...plan.order].sort()).toEqual(stops.map((s) => s.id).sort());
      expect(plan.legsMeters).toHaveLength(count + (returnToStore ? 1 : 0));
      expect(plan.totalMeters).toBeCloseTo(total(plan.legsMeters), 6);
      expect(plan.totalMiles).toBeCloseTo(metersToMiles(plan.totalMeters), 9);
      const independent = legsOf(plan.order, stops, returnToStore);
      plan.legsMeters.forEach((leg, i) => {
        expect(leg).toBeCloseTo(independent[i]!, 6);
      });
      // Within 10 miles of the store, no leg can be longer than the diameter.
      expect(Math.max(...plan.legsMeters)).toBeLessThanOrEqual(milesToMeters(20));
    }
  });

  it.each([true, false])("leaves no improving 2-opt reversal (returnToStore %s)", (returnToStore) => {
    for (const { seed, count } of days.slice(0, 30)) {
      const stops = randomStops(seed, count);
      expect(best2OptGain(planRoute(store, stops, { returnToStore }), stops, returnToStore)).toBeLessThan(1e-3);
    }
  });

  it("starts a loop with the nearer end", () => {
    for (const { seed, count } of days) {
      const { legsMeters } = planRoute(store, randomStops(seed, count));
      expect(legsMeters[0]).toBeLessThanOrEqual(legsMeters.at(-1)!);
    }
  });

  it("is deterministic, whatever order the stops come in", () => {
    for (const { seed, count } of days.slice(0, 40)) {
      const stops = randomStops(seed, count);
      const plan = planRoute(store, stops);
      expect(planRoute(store, stops)).toEqual(plan);
      const reordered = planRoute(store, shuffled(stops, seed + 1));
      expect(reordered.order).toEqual(plan.order);
      expect(reordered.totalMeters).toBeCloseTo(plan.totalMeters, 6);
    }
  });

  it("breaks distance ties by id", () => {
    // Four parcels for one address: equal distances everywhere, so only ids decide.
    const house = km(2, 2);
    const stops = ["D-4", "B-2", "A-1", "C-3"].map((id) => ({ id, location: house }));
    expect(planRoute(store, stops).order).toEqual(["A-1", "B-2", "C-3", "D-4"]);
    expect(planRoute(store, stops, { returnToStore: false }).order).toEqual(["A-1", "B-2", "C-3", "D-4"]);
  });

  it("plans a 60-stop day", () => {
    // Twice the typical day; completes well within the test timeout (time is not asserted).
    const stops = randomStops(60_060, 60);
    const plan = planRoute(store, stops);
    expect(plan.order).toHaveLength(60);
    expect(new Set(plan.order).size).toBe(60);
    expect(plan.totalMeters).toBeLessThanOrEqual(plan.nearestNeighbourMeters);
  });
});
