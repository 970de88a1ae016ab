import type { Formatter } from "@/lib/format";

type ProofKey =
  | "distanceUnknown"
  | "noStatedAccuracy"
  | "accuracy"
  | "flaggedBeyond"
  | "flaggedInside"
  | "noGpsFix"
  | "fromStore"
  | "fromStoreAccuracy";

/** The `parcels` texts a proof's distance is worded with (`getTranslations("parcels")` fits). */
export type ProofTexts = (key: ProofKey, values?: Record<string, string | number>) => string;

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
  t: ProofTexts,
  f: { distanceMeters: number | null; accuracyMeters: number | null; allowedMeters: number },
  radiusMiles: number,
) {
  if (f.distanceMeters === null) return t("distanceUnknown");
  const accuracy =
    f.accuracyMeters === null
      ? t("noStatedAccuracy")
      : t("accuracy", { meters: format.count(Math.round(f.accuracyMeters)) });
  const beyond = f.distanceMeters - f.allowedMeters;
  const values = {
    distance: format.miles(f.distanceMeters),
    allowed: format.miles(f.allowedMeters),
    radius: format.number(radiusMiles),
    accuracy,
  };
  return beyond > 0
    ? t("flaggedBeyond", { ...values, beyond: format.shortDistance(beyond) })
    : t("flaggedInside", values);
}

/** A fix's distance from the store, for a delivery inside the radius. */
export function distanceFromStore(
  format: Formatter,
  t: ProofTexts,
  meters: number | null,
  accuracyMeters: number | null,
) {
  if (meters === null) return t("noGpsFix");
  const distance = format.miles(meters);
  return accuracyMeters === null
    ? t("fromStore", { distance })
    : t("fromStoreAccuracy", { distance, meters: format.count(Math.round(accuracyMeters)) });
}
