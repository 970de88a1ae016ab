import { describe, expect, it } from "vitest";
import { boundsAround, type LatLng, milesToMeters, parseLatLng, roundCoordinate } from "./geometry";

const prairie: LatLng = { lat: 41.4019, lng: -99.6393 };
const R = 6_371_000;
const rad = Math.PI / 180;

/** The point `meters` from `from` on `bearing`, on the sphere Leaflet draws circles on. */
function destination(from: LatLng, bearing: number, meters: number): LatLng {
  const d = meters / R;
  const lat1 = from.lat * rad;
  const b = bearing * rad;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lng2 =
    from.lng * rad +
    Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: lat2 / rad, lng: lng2 / rad };
}

describe("milesToMeters", () => {
  it("uses the international mile", () => {
    expect(milesToMeters(10)).toBeCloseTo(16_093.44, 6);
  });
});

describe("boundsAround", () => {
  const radius = milesToMeters(10);
  const circle = Array.from({ length: 360 }, (_, bearing) => destination(prairie, bearing, radius));

  it("holds the whole delivery circle, touching it north and south and within 0.5% east and west", () => {
    const [[south, west], [north, east]] = boundsAround(prairie, radius);
    for (const p of circle) {
      expect(p.lat).toBeGreaterThanOrEqual(south - 1e-9);
      expect(p.lat).toBeLessThanOrEqual(north + 1e-9);
      expect(p.lng).toBeGreaterThanOrEqual(west - 1e-9);
      expect(p.lng).toBeLessThanOrEqual(east + 1e-9);
    }
    expect(north).toBeCloseTo(destination(prairie, 0, radius).lat, 9);
    expect(south).toBeCloseTo(destination(prairie, 180, radius).lat, 9);
    const widest = Math.max(...circle.map((p) => p.lng)) - prairie.lng;
    expect(east - prairie.lng).toBeGreaterThanOrEqual(widest);
    expect(east - prairie.lng).toBeLessThan(widest * 1.005);
  });

  it("grows to take in points outside the circle", () => {
    const far = { lat: 42, lng: -101 };
    const [[south, west], [north, east]] = boundsAround(prairie, radius, [far, prairie]);
    expect(north).toBe(42);
    expect(west).toBe(-101);
    expect(south).toBeCloseTo(destination(prairie, 180, radius).lat, 9);
    expect(east).toBeGreaterThan(prairie.lng);
  });

  it("spans every longitude and stops at the pole when the circle covers it", () => {
    expect(boundsAround({ lat: 89.99, lng: 10 }, 50_000)).toEqual([
      [expect.closeTo(89.54, 2), -180],
      [90, 180],
    ]);
    expect(boundsAround({ lat: 90, lng: 0 }, 1000)[0][1]).toBe(-180);
    // Centred 111 km from the pole, 200 km wide: over the pole, though cos(89°) alone would give ±103°.
    expect(boundsAround({ lat: -89, lng: 0 }, 200_000)).toEqual([
      [-90, -180],
      [expect.closeTo(-87.2, 1), 180],
    ]);
  });

  it("is a point for a zero or negative radius", () => {
    expect(boundsAround(prairie, -5)).toEqual([
      [prairie.lat, prairie.lng],
      [prairie.lat, prairie.lng],
    ]);
  });
});

describe("roundCoordinate", () => {
  it("keeps six decimals and never gives -0", () => {
    expect(roundCoordinate(41.401912345)).toBe(41.401912);
    expect(roundCoordinate(-99.63930049)).toBe(-99.6393);
    expect(roundCoordinate(0.0000005)).toBe(0.000001);
    expect(Object.is(roundCoordinate(-0.0000001), 0)).toBe(true);
    expect(String(roundCoordinate(-99.6393))).toBe("-99.6393");
  });
});

describe("parseLatLng", () => {
  it("reads typed decimal degrees, spaces allowed", () => {
    expect(parseLatLng(" 41.4019 ", "-99.6393")).toEqual(prairie);
    expect(parseLatLng("-90", "180")).toEqual({ lat: -90, lng: 180 });
  });

  it("gives nothing while a value is missing, not a number or out of range", () => {
    for (const [lat, lng] of [
      ["", "-99.6"],
      ["41.4", "  "],
      ["41.4", "-"],
      ["abc", "1"],
      ["90.0001", "0"],
      ["0", "-180.5"],
      ["Infinity", "0"],
    ] as const) {
      expect(parseLatLng(lat, lng), `${lat}, ${lng}`).toBeNull();
    }
  });
});
