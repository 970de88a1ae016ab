"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { PhotoCapture } from "@/app/_components/photo-capture";
import { useProofLimit } from "@/app/_components/proof-limit";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { Link } from "@/app/_components/ui/link";
import { Choice, ChoiceGroup } from "@/app/_components/ui/radio-group";
import { Select } from "@/app/_components/ui/select";
import { Textarea } from "@/app/_components/ui/textarea";
import { useOutbox } from "@/app/_offline/outbox-provider";
import type { SentDetail } from "@/app/_offline/send";
import type { FailureReason } from "@/lib/enums";
import { failureReasonLabels } from "@/lib/labels";
import { formatProofLimit, proofFileIssue } from "@/lib/proof-rules";
import { SignaturePad } from "./signature-pad";

// In the order the form offers them; their words come from the person's language.
const reasons = Object.keys(failureReasonLabels) as FailureReason[];

type Fix = { lat: number; lng: number; accuracyMeters: number };

/** Where the phone is, if the person allows it; never holds the delivery up for long. */
function currentFix(): Promise<Fix | null> {
  if (!("geolocation" in navigator)) return Promise.resolve(null);
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude, accuracyMeters: p.coords.accuracy }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: 8_000, maximumAge: 60_000 },
    );
  });
}

type Message = { ok: boolean; text: string };

/**
 * Delivered (name + photo, optional signature) or failed (reason), recorded with the moment of
 * the tap. Kept on the phone first, so it survives no signal, and sent at once when possible.
 */
export function LogDelivery({
  trackingId,
  recipientName,
  backLink = true,
  onRecorded,
}: {
  trackingId: string;
  recipientName: string;
  backLink?: boolean;
  /** Takes over the success message (the stop may leave the list once delivered). */
  onRecorded?: (message: string) => void;
}) {
  const t = useTranslations("deliveries");
  const outbox = useOutbox();
  const proofMaxBytes = useProofLimit();
  const formId = useId();
  const [outcome, setOutcome] = useState<"delivered" | "failed">("delivered");
  const [name, setName] = useState(recipientName);
  // Read at submit from the input itself, so a photo chosen before the page finished loading counts.
  const photoInput = useRef<HTMLInputElement>(null);
  const [signature, setSignature] = useState<Blob | null>(null);
  const [reason, setReason] = useState<FailureReason>("recipient_unavailable");
  const [note, setNote] = useState("");
  // A failed attempt may carry a photo of what stopped it (a locked gate, a flooded road).
  const attemptPhotoInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const [recorded, setRecorded] = useState(false);

  function sentText(detail: SentDetail | undefined) {
    if (detail?.kind !== "delivery") return null;
    const { trackingId } = detail;
    if (detail.outcome === "delivered")
      return t(detail.outOfRadius ? "loggedDeliveredOutOfRadius" : "loggedDelivered", { trackingId });
    return t(detail.dueForReturn ? "loggedFailedDueForReturn" : "loggedFailed", { trackingId });
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const tappedAt = new Date().toISOString();
    const photo = (outcome === "delivered" ? photoInput : attemptPhotoInput).current?.files?.[0] ?? null;
    setMessage(null);
    const fileProblem = (file: File) => {
      const issue = proofFileIssue(file, proofMaxBytes);
      if (issue === "tooLarge") return t("photoTooLarge", { limit: formatProofLimit(proofMaxBytes) });
      return issue === "notAnImage" ? t("photoNotImage") : null;
    };
    if (outcome === "delivered") {
      const problem = photo ? fileProblem(photo) : t("needPhoto");
      if (problem) return setMessage({ ok: false, text: problem });
      if (!name.trim()) return setMessage({ ok: false, text: t("needName") });
    } else {
      const problem = photo ? fileProblem(photo) : null;
      if (problem) return setMessage({ ok: false, text: problem });
      if (reason === "other" && !note.trim()) return setMessage({ ok: false, text: t("needNote") });
    }
    setBusy(true);
    try {
      const fix = await currentFix();
      const result = await outbox.record({
        kind: "delivery",
        trackingId,
        outcome,
        tappedAt,
        ...(fix ? { fix } : {}),
        ...(outcome === "delivered"
          ? { recipientName: name.trim(), photo: photo!, ...(signature ? { signature } : {}) }
          : {
              failureReason: reason,
              ...(note.trim() ? { failureNote: note.trim() } : {}),
              ...(photo ? { photo } : {}),
            }),
      });
      if (result.kind === "refused") setMessage({ ok: false, text: result.message });
      else {
        const text = result.kind === "sent" ? (sentText(result.detail) ?? result.message) : t("savedOffline");
        setRecorded(true);
        if (onRecorded) onRecorded(text);
        else setMessage({ ok: true, text });
      }
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : t("couldNotRecord") });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4">
      <fieldset disabled={recorded} className="space-y-4">
        <div>
          <p id={`outcome-${formId}`} className="mb-1 text-body font-medium">
            {t("outcome")}
          </p>
          <ChoiceGroup
            aria-labelledby={`outcome-${formId}`}
            disabled={recorded}
            value={outcome}
            onValueChange={(value) => setOutcome(value as typeof outcome)}
          >
            <Choice value="delivered">{t("delivered")}</Choice>
            <Choice value="failed">{t("failed")}</Choice>
          </ChoiceGroup>
        </div>
        {outcome === "delivered" ? (
          <>
            <Field label={t("recipientName")}>
              <Input value={name} onChange={(e) => setName(e.target.value)} required />
            </Field>
            <PhotoCapture ref={photoInput} label={t("proofPhoto")} title={t("proofPhotoTitle")} />
            <SignaturePad onChange={setSignature} disabled={recorded} />
          </>
        ) : (
          <>
            <Field label={t("reason")}>
              <Select value={reason} onChange={(e) => setReason(e.target.value as FailureReason)}>
                {reasons.map((value) => (
                  <option key={value} value={value}>
                    {t(`reasons.${value}`)}
                  </option>
                ))}
              </Select>
            </Field>
            {reason === "other" ? (
              <Field label={t("whatHappened")}>
                <Textarea value={note} onChange={(e) => setNote(e.target.value)} aria-required="true" maxLength={500} />
              </Field>
            ) : null}
            <PhotoCapture ref={attemptPhotoInput} label={t("attemptPhoto")} title={t("photoOptional")} />
          </>
        )}
        {recorded ? null : (
          <Button type="submit" className="w-full" disabled={busy}>
            {busy ? t("saving") : outcome === "delivered" ? t("recordDelivery") : t("recordFailed")}
          </Button>
        )}
      </fieldset>
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          data-testid="log-result"
          className={`rounded-lg p-3 text-sm font-medium ring-1 ${message.ok ? "bg-emerald-50 ring-emerald-200" : "bg-rose-50 text-rose-900 ring-rose-200"}`}
        >
          {message.text}
        </p>
      ) : null}
      {backLink ? (
        <Link href="/deliveries" className="block text-center text-sm font-medium text-brand-700 hover:underline">
          {t("backToDeliveries")}
        </Link>
      ) : null}
    </form>
  );
}
