/**
 * Morning drop check-in reconciliation: the carrier's manifest against what staff scanned in.
 * Pure; the caller loads the manifest and scans and records the outcome.
 *
 * Decisions:
 * - Tracking IDs are compared trimmed and case-insensitively (a hand-typed "1z99 " is the
 *   label "1Z99"). Output uses the manifest's spelling (trimmed) for parcels on it, and the
 *   first scan's spelling (trimmed) for unexpected ones. Blank entries are ignored.
 * - A parcel scanned several times counts once; if any of its scans marked it damaged, it is
 *   damaged. A duplicate on the manifest also counts once.
 * - `received` is every distinct parcel physically scanned in: the manifest's parcels that were
 *   scanned (in manifest order), then the unexpected ones (in scan order). So
 *   received = (manifest − missing) + unexpected, and `damaged` ⊆ `received` (same order): a
 *   damaged parcel is still at the store, and one that was not on the manifest is both
 *   unexpected and damaged.
 */

export type DropScan = { trackingId: string; damaged?: boolean };

export type DropReconciliation = {
  received: string[];
  missing: string[];
  unexpected: string[];
  damaged: string[];
  summary: { manifest: number; received: number; missing: number; unexpected: number; damaged: number };
};

/** The key two spellings of one tracking ID share. */
export function trackingKey(trackingId: string): string {
  return trackingId.trim().toUpperCase();
}

export function reconcileDrop(manifest: string[], scanned: DropScan[]): DropReconciliation {
  // Distinct scans by key, first spelling kept, damage from any scan; Map keeps first-scan order.
  const scans = new Map<string, { trackingId: string; damaged: boolean }>();
  for (const scan of scanned) {
    const key = trackingKey(scan.trackingId);
    if (key === "") continue;
    const known = scans.get(key);
    if (known) known.damaged ||= scan.damaged === true;
    else scans.set(key, { trackingId: scan.trackingId.trim(), damaged: scan.damaged === true });
  }

  const expected = new Map<string, string>();
  for (const trackingId of manifest) {
    const key = trackingKey(trackingId);
    if (key !== "" && !expected.has(key)) expected.set(key, trackingId.trim());
  }

  const received: string[] = [];
  const missing: string[] = [];
  const damaged: string[] = [];
  for (const [key, trackingId] of expected) {
    const scan = scans.get(key);
    if (!scan) {
      missing.push(trackingId);
      continue;
    }
    received.push(trackingId);
    if (scan.damaged) damaged.push(trackingId);
  }
  const unexpected: string[] = [];
  for (const [key, scan] of scans) {
    if (expected.has(key)) continue;
    unexpected.push(scan.trackingId);
    received.push(scan.trackingId);
    if (scan.damaged) damaged.push(scan.trackingId);
  }

  return {
    received,
    missing,
    unexpected,
    damaged,
    summary: {
      manifest: expected.size,
      received: received.length,
      missing: missing.length,
      unexpected: unexpected.length,
      damaged: damaged.length,
    },
  };
}

/**
 * A drop's manifest rows against its scans, for the running counts and the completed check-in
 * alike. A parcel the carrier cancelled is not expected any more: never a missing one.
 */
export function reconcileDropRows(
  rows: readonly {
    trackingId: string;
    status: string;
    onManifest: boolean;
    scannedAt: Date | null;
    damagedAt: Date | null;
    discrepancy: string | null;
  }[],
): DropReconciliation {
  return reconcileDrop(
    rows.filter((r) => r.onManifest && !(r.status === "cancelled" && !r.scannedAt)).map((r) => r.trackingId),
    rows
      .filter((r) => r.scannedAt)
      .map((r) => ({ trackingId: r.trackingId, damaged: r.damagedAt !== null || r.discrepancy === "damaged" })),
  );
}
