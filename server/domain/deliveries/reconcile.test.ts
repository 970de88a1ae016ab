import { describe, expect, it } from "vitest";
import { type DropScan, reconcileDrop, trackingKey } from "./reconcile";

const scans = (...ids: string[]): DropScan[] => ids.map((trackingId) => ({ trackingId }));

describe("reconcileDrop", () => {
  it("receives a clean drop with nothing to flag", () => {
    expect(reconcileDrop(["HX1", "HX2", "HX3"], scans("HX2", "HX3", "HX1"))).toEqual({
      received: ["HX1", "HX2", "HX3"],
      missing: [],
      unexpected: [],
      damaged: [],
      summary: { manifest: 3, received: 3, missing: 0, unexpected: 0, damaged: 0 },
    });
  });

  it("flags manifest parcels never scanned as missing, in manifest order", () => {
    const result = reconcileDrop(["HX1", "HX2", "HX3", "HX4"], scans("HX3"));
    expect(result.missing).toEqual(["HX1", "HX2", "HX4"]);
    expect(result.received).toEqual(["HX3"]);
    expect(result.summary).toEqual({ manifest: 4, received: 1, missing: 3, unexpected: 0, damaged: 0 });
  });

  it("flags scans not on the manifest as unexpected, in scan order, and still received", () => {
    const result = reconcileDrop(["HX1"], scans("ZZ9", "HX1", "AA1"));
    expect(result.unexpected).toEqual(["ZZ9", "AA1"]);
    expect(result.received).toEqual(["HX1", "ZZ9", "AA1"]);
    expect(result.missing).toEqual([]);
    expect(result.summary).toEqual({ manifest: 1, received: 3, missing: 0, unexpected: 2, damaged: 0 });
  });

  it("counts a damaged parcel as received and damaged", () => {
    const result = reconcileDrop(["HX1", "HX2"], [{ trackingId: "HX2", damaged: true }, { trackingId: "HX1" }]);
    expect(result.received).toEqual(["HX1", "HX2"]);
    expect(result.damaged).toEqual(["HX2"]);
    expect(result.summary).toEqual({ manifest: 2, received: 2, missing: 0, unexpected: 0, damaged: 1 });
  });

  it("treats damaged: false or absent as undamaged", () => {
    const result = reconcileDrop(["HX1", "HX2"], [{ trackingId: "HX1", damaged: false }, { trackingId: "HX2" }]);
    expect(result.damaged).toEqual([]);
  });

  it("reports a damaged parcel that was not on the manifest as unexpected and damaged", () => {
    const result = reconcileDrop(["HX1"], [{ trackingId: "HX1" }, { trackingId: "XX7", damaged: true }]);
    expect(result.unexpected).toEqual(["XX7"]);
    expect(result.damaged).toEqual(["XX7"]);
    expect(result.received).toEqual(["HX1", "XX7"]);
  });

  it("sorts every bucket at once", () => {
    const result = reconcileDrop(
      ["M1", "M2", "M3", "M4"],
      [
        { trackingId: "M4", damaged: true },
        { trackingId: "U1" },
        { trackingId: "M2" },
        { trackingId: "U2", damaged: true },
      ],
    );
    expect(result).toEqual({
      received: ["M2", "M4", "U1", "U2"],
      missing: ["M1", "M3"],
      unexpected: ["U1", "U2"],
      damaged: ["M4", "U2"],
      summary: { manifest: 4, received: 4, missing: 2, unexpected: 2, damaged: 2 },
    });
  });

  it("counts a parcel scanned several times once", () => {
    const result = reconcileDrop(["HX1", "HX2"], scans("HX1", "HX1", "ZZ9", "HX1", "ZZ9"));
    expect(result.received).toEqual(["HX1", "ZZ9"]);
    expect(result.unexpected).toEqual(["ZZ9"]);
    expect(result.missing).toEqual(["HX2"]);
    expect(result.summary).toEqual({ manifest: 2, received: 2, missing: 1, unexpected: 1, damaged: 0 });
  });

  it("keeps damage reported on any one of a parcel's scans", () => {
    const damagedFirst = reconcileDrop(["HX1"], [{ trackingId: "HX1", damaged: true }, { trackingId: "HX1" }]);
    const damagedLater = reconcileDrop(["HX1"], [{ trackingId: "HX1" }, { trackingId: "HX1", damaged: true }]);
    for (const result of [damagedFirst, damagedLater]) {
      expect(result.damaged).toEqual(["HX1"]);
      expect(result.summary.damaged).toBe(1);
      expect(result.summary.received).toBe(1);
    }
  });

  it("counts a tracking ID listed twice on the manifest once", () => {
    const result = reconcileDrop(["HX1", "HX1", "hx1 "], scans());
    expect(result.missing).toEqual(["HX1"]);
    expect(result.summary.manifest).toBe(1);
  });

  it("matches tracking IDs trimmed and case-insensitively, reporting the manifest's spelling", () => {
    const result = reconcileDrop(
      ["1Z999AA10123456784", "  HX-0002", "hx-0003"],
      scans(" 1z999aa10123456784\t", "hx-0002", "HX-0003\n"),
    );
    expect(result.received).toEqual(["1Z999AA10123456784", "HX-0002", "hx-0003"]);
    expect(result.missing).toEqual([]);
    expect(result.unexpected).toEqual([]);
  });

  it("reports an unexpected parcel once, as first scanned (trimmed)", () => {
    const result = reconcileDrop([], scans(" zz-9 ", "ZZ-9", "Zz-9"));
    expect(result.unexpected).toEqual(["zz-9"]);
    expect(result.summary).toEqual({ manifest: 0, received: 1, missing: 0, unexpected: 1, damaged: 0 });
  });

  it("does not merge IDs that differ inside", () => {
    const result = reconcileDrop(["HX 1"], scans("HX1"));
    expect(result.missing).toEqual(["HX 1"]);
    expect(result.unexpected).toEqual(["HX1"]);
  });

  it("ignores blank manifest lines and blank scans", () => {
    const result = reconcileDrop(["", "HX1", "   "], scans("", " ", "HX1"));
    expect(result.summary).toEqual({ manifest: 1, received: 1, missing: 0, unexpected: 0, damaged: 0 });
  });

  it("handles an empty drop", () => {
    expect(reconcileDrop([], [])).toEqual({
      received: [],
      missing: [],
      unexpected: [],
      damaged: [],
      summary: { manifest: 0, received: 0, missing: 0, unexpected: 0, damaged: 0 },
    });
    expect(reconcileDrop(["HX1"], []).missing).toEqual(["HX1"]);
  });

  it("keeps its arithmetic over many mixed drops", () => {
    let seed = 42;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const manifest = Array.from({ length: next(40) }, () => `T${next(60)}`);
      const scanned = Array.from({ length: next(50) }, () => ({
        trackingId: next(2) ? ` t${next(60)}` : `T${next(60)}`,
        damaged: next(10) === 0,
      }));
      const { received, missing, unexpected, damaged, summary } = reconcileDrop(manifest, scanned);
      const manifestKeys = new Set(manifest.map(trackingKey));
      const scannedKeys = new Set(scanned.map((s) => trackingKey(s.trackingId)));
      expect(summary.manifest).toBe(manifestKeys.size);
      expect(summary.received).toBe(scannedKeys.size);
      expect(summary.received).toBe(summary.manifest - summary.missing + summary.unexpected);
      expect(new Set([...missing, ...received].map(trackingKey)).size).toBe(missing.length + received.length);
      expect(missing.every((id) => manifestKeys.has(trackingKey(id)) && !scannedKeys.has(trackingKey(id)))).toBe(true);
      expect(unexpected.every((id) => !manifestKeys.has(trackingKey(id)))).toBe(true);
      expect(damaged.every((id) => received.includes(id))).toBe(true);
      expect(summary.damaged).toBe(
        new Set(scanned.filter((s) => s.damaged).map((s) => trackingKey(s.trackingId))).size,
      );
    }
  });
});

describe("trackingKey", () => {
  it("trims and upper-cases", () => {
    expect(trackingKey("  1z999aa1\n")).toBe("1Z999AA1");
  });
});
