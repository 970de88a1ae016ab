"use client";

import type { ProofKind } from "@/lib/enums";

/** The server could not take the file just now (an outage, not a refusal): worth trying again. */
export class UploadUnavailable extends Error {
  constructor() {
    super("The photo could not be uploaded. Try again.");
  }
}

/** Uploads a proof image for a parcel of the person's store; resolves to its id. */
export async function uploadProof(trackingId: string, kind: ProofKind, file: Blob): Promise<string> {
  const form = new FormData();
  form.set("file", file, file instanceof File ? file.name : `${kind}.png`);
  form.set("trackingId", trackingId);
  form.set("kind", kind);
  const response = await fetch("/api/proofs", { method: "POST", body: form });
  const body = await response.json().catch(() => null);
  if (response.status >= 500) throw new UploadUnavailable();
  if (!response.ok) throw new Error(body?.error?.message ?? "The photo could not be uploaded. Try again.");
  return body.id as string;
}
