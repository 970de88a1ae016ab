import type { Formatter } from "@/lib/format";

/** A proof image at full size in a new tab (the route checks the viewer may see the parcel). */
export function ProofLink({ id, className, children }: { id: string; className: string; children: React.ReactNode }) {
  return (
    <a href={`/api/proofs/${id}`} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
    </a>
  );
}

export function ProofThumb({ id, alt, className }: { id: string; alt: string; className: string }) {
  return (
    // biome-ignore lint/performance/noImgElement: the optimiser would fetch it without the viewer's session
    <img
      src={`/api/proofs/${id}?size=thumb`}
      alt={alt}
      loading="lazy"
      decoding="async"
      className={`rounded-md ring-1 ring-slate-200 ${className}`}
    />
  );
}

/** The distance beside what was allowed: the radius plus the fix's stated accuracy. */
export function whyFlagged(
  format: Formatter,
  f: { distanceMeters: number | null; accuracyMeters: number | null; allowedMeters: number },
  radiusMiles: number,
) {
  if (f.distanceMeters === null) return "Distance unknown.";
  const accuracy =
    f.accuracyMeters === null ? "no stated accuracy" : `±${format.count(Math.round(f.accuracyMeters))} m accuracy`;
  const beyond = f.distanceMeters - f.allowedMeters;
  return (
    `${format.miles(f.distanceMeters)} from the store; allowed ${format.miles(f.allowedMeters)} ` +
    `(${format.number(radiusMiles)} mi radius, ${accuracy})` +
    (beyond > 0 ? ` — ${format.shortDistance(beyond)} beyond.` : " — inside the current radius.")
  );
}

/** A fix's distance from the store, for a delivery inside the radius. */
export function distanceFromStore(format: Formatter, meters: number | null, accuracyMeters: number | null) {
  if (meters === null) return "No GPS fix";
  return `${format.miles(meters)} from the store${accuracyMeters === null ? "" : ` (±${format.count(Math.round(accuracyMeters))} m)`}`;
}
