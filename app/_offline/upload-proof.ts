"use client";

import type { ProofKind } from "@/lib/enums";

/** The server could not take the file just now (an outage, not a refusal): worth trying again. */
export class UploadUnavailable extends Error {
  constructor() {
    super("The photo could not be uploaded. Try again.");
  }
}

/** Refused without a message of the portal's own (a proxy's 413): the screen words it. */
export class UploadRefused extends Error {
  constructor() {
    super("The photo could not be uploaded. Try again.");
  }
}

/** An upload that failed without the server's words, which a screen says in the person's language. */
export function isUploadFailure(error: unknown): error is UploadUnavailable | UploadRefused {
  return error instanceof UploadUnavailable || error instanceof UploadRefused;
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
  if (!response.ok) {
    const message = body?.error?.message;
    throw typeof message === "string" && message ? new Error(message) : new UploadRefused();
  }
  return body.id as string;
}
