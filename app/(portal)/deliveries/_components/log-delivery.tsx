"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRef, useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { useTRPC } from "@/app/_trpc/client";

const reasons = [
  ["no_access", "No access"],
  ["cannot_locate", "Cannot locate"],
  ["no_safe_place", "No safe place"],
  ["recipient_unavailable", "Recipient unavailable"],
  ["refused", "Refused"],
  ["damaged", "Damaged"],
  ["other", "Other"],
] as const;

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

async function uploadPhoto(trackingId: string, file: File): Promise<string> {
  const form = new FormData();
  form.set("file", file);
  form.set("trackingId", trackingId);
  form.set("kind", "photo");
  const response = await fetch("/api/proofs", { method: "POST", body: form });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message ?? "The photo could not be uploaded.");
  return body.id as string;
}

/** Delivered (name + photo) or failed (reason), recorded with the moment of the tap. */
export function LogDelivery({ trackingId, recipientName }: { trackingId: string; recipientName: string }) {
  const trpc = useTRPC();
  const log = useMutation(trpc.deliveries.log.mutationOptions());
  const [outcome, setOutcome] = useState<"delivered" | "failed">("delivered");
  const [name, setName] = useState(recipientName);
  // Read at submit from the input itself, so a photo chosen before the page finished loading counts.
  const photoInput = useRef<HTMLInputElement>(null);
  const [reason, setReason] = useState<string>("recipient_unavailable");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const tappedAt = new Date();
    const clientActionId = crypto.randomUUID();
    const file = photoInput.current?.files?.[0] ?? null;
    setBusy(true);
    setMessage(null);
    try {
      if (outcome === "delivered" && !file) throw new Error("Take a photo of the parcel where you left it.");
      const [fix, photoId] = await Promise.all([
        currentFix(),
        outcome === "delivered" && file ? uploadPhoto(trackingId, file) : Promise.resolve(undefined),
      ]);
      const result = await log.mutateAsync({
        clientActionId,
        trackingId,
        outcome,
        tappedAt,
        ...(outcome === "delivered"
          ? { recipientName: name, photoId }
          : { failureReason: reason as (typeof reasons)[number][0] }),
        ...(fix ?? {}),
      });
      if (result.result === "conflict") setMessage({ ok: false, text: result.message });
      else
        setMessage({
          ok: true,
          text:
            outcome === "delivered"
              ? `${trackingId} delivered.${result.result === "recorded" && result.outOfRadius ? " The location was outside your radius and is flagged for review." : ""}`
              : `Failed attempt recorded for ${trackingId}.${result.result === "recorded" && result.dueForReturn ? " It goes back to the next driver." : ""}`,
        });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : "Could not record it." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4">
      <fieldset className="flex gap-2">
        <legend className="mb-1 text-sm font-medium">Outcome</legend>
        {(["delivered", "failed"] as const).map((o) => (
          <label
            key={o}
            className={`flex min-h-11 flex-1 items-center justify-center rounded-lg text-sm font-semibold ring-1 ${outcome === o ? "bg-brand-600 text-white ring-brand-600" : "bg-white ring-slate-300"}`}
          >
            <input
              type="radio"
              name="outcome"
              value={o}
              checked={outcome === o}
              onChange={() => setOutcome(o)}
              className="sr-only"
            />
            {o === "delivered" ? "Delivered" : "Failed"}
          </label>
        ))}
      </fieldset>
      {outcome === "delivered" ? (
        <>
          <label className="block text-sm">
            Recipient name
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 px-2"
            />
          </label>
          <label className="block text-sm">
            Proof photo
            <input
              type="file"
              accept="image/jpeg,image/png,image/webp"
              capture="environment"
              ref={photoInput}
              className="mt-1 block w-full text-sm"
            />
          </label>
        </>
      ) : (
        <label className="block text-sm">
          Reason
          <select
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-2"
          >
            {reasons.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      )}
      <Button type="submit" className="w-full" disabled={busy}>
        {busy ? "Saving…" : outcome === "delivered" ? "Record delivery" : "Record failed attempt"}
      </Button>
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          data-testid="log-result"
          className={`rounded-lg p-3 text-sm font-medium ring-1 ${message.ok ? "bg-emerald-50 ring-emerald-200" : "bg-rose-50 text-rose-900 ring-rose-200"}`}
        >
          {message.text}
        </p>
      ) : null}
      <Link href="/deliveries" className="block text-center text-sm font-medium text-brand-700 hover:underline">
        Back to today's deliveries
      </Link>
    </form>
  );
}
