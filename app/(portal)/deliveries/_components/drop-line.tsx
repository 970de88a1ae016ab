"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { PhotoCapture } from "@/app/_components/photo-capture";
import { Button } from "@/app/_components/ui/button";
import { isUploadFailure, uploadProof } from "@/app/_offline/upload-proof";
import { useTRPC } from "@/app/_trpc/client";
import type { ParcelStatus } from "@/lib/enums";
import { ManifestLine } from "../../_components/manifest-line";

type Line = {
  trackingId: string;
  recipientName: string;
  status: ParcelStatus;
  scannedAt: Date | null;
  discrepancy: string | null;
  damagedAt: Date | null;
  damagePhotoId: string | null;
};

/**
 * One parcel of the drop. While the check-in is open a scanned parcel can be reported damaged,
 * with a photo of the damage (required); once marked, the photo's thumbnail shows on the line.
 */
export function DropLine({
  arrivalId,
  line,
  checkInOpen,
  onChanged,
}: {
  arrivalId: string;
  line: Line;
  checkInOpen: boolean;
  onChanged: () => unknown;
}) {
  const t = useTranslations("deliveries");
  const [reporting, setReporting] = useState(false);
  const damaged = line.damagedAt !== null || line.discrepancy === "damaged";
  const canReport = checkInOpen && !damaged && line.scannedAt !== null && line.status === "at_store";
  return (
    <ManifestLine
      {...line}
      testId="drop-line"
      actions={
        <>
          {line.damagePhotoId ? <DamageThumb id={line.damagePhotoId} trackingId={line.trackingId} /> : null}
          {/* A parcel not on the manifest shows "Not on the manifest"; its damage still shows. */}
          {damaged && line.discrepancy !== "damaged" ? (
            <span className="rounded-full bg-rose-100 px-2 py-0.5 text-xs font-semibold text-rose-900">
              {t("damaged")}
            </span>
          ) : null}
          {canReport && !reporting ? (
            <Button variant="secondary" className="px-3" onClick={() => setReporting(true)}>
              {t("reportDamage")}
            </Button>
          ) : null}
        </>
      }
    >
      {canReport && reporting ? (
        <DamageForm
          arrivalId={arrivalId}
          trackingId={line.trackingId}
          onCancel={() => setReporting(false)}
          onDone={async () => {
            await onChanged();
            setReporting(false);
          }}
        />
      ) : null}
    </ManifestLine>
  );
}

function DamageThumb({ id, trackingId }: { id: string; trackingId: string }) {
  const t = useTranslations("deliveries");
  return (
    <a href={`/api/proofs/${id}`} target="_blank" rel="noopener noreferrer" className="shrink-0">
      {/* biome-ignore lint/performance/noImgElement: the optimiser would fetch it without the viewer's session */}
      <img
        src={`/api/proofs/${id}?size=thumb`}
        alt={t("damageTo", { trackingId })}
        loading="lazy"
        decoding="async"
        className="h-11 w-11 rounded-md object-cover ring-1 ring-slate-200"
      />
    </a>
  );
}

function DamageForm({
  arrivalId,
  trackingId,
  onCancel,
  onDone,
}: {
  arrivalId: string;
  trackingId: string;
  onCancel: () => void;
  onDone: () => Promise<void>;
}) {
  const t = useTranslations("deliveries");
  const trpc = useTRPC();
  const mark = useMutation(trpc.deliveries.markDamaged.mutationOptions());
  // Read at submit from the input itself, so a photo chosen before hydration counts.
  const photo = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const file = photo.current?.files?.[0];
      // Without a photo the server refuses, with the message people see.
      const photoId = file ? await uploadProof(trackingId, "damage_photo", file) : undefined;
      await mark.mutateAsync({ arrivalId, trackingId, photoId });
      await onDone();
    } catch (err) {
      setError(isUploadFailure(err) ? t("photoUploadFailed") : err instanceof Error ? err.message : t("damageFailed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={submit}
      aria-label={t("reportDamageTo", { trackingId })}
      className="mt-2 space-y-2 rounded-lg bg-amber-50 p-3 ring-1 ring-amber-200"
    >
      <PhotoCapture ref={photo} label={t("damagePhoto")} title={t("damagePhoto")} />
      <p className="text-xs text-slate-700">{t("damageHint")}</p>
      <div className="flex gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? t("saving") : t("markDamaged")}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={busy}>
          {t("cancel")}
        </Button>
      </div>
      {error ? (
        <p role="alert" data-testid="damage-result" className="text-sm font-medium text-rose-800">
          {error}
        </p>
      ) : null}
    </form>
  );
}
