"use client";

import type { TRPCClient } from "@trpc/client";
import { TRPCClientError } from "@/app/_trpc/browser-client";
import type { AppRouter } from "@/server/trpc/root";
import { type OutboxAction, type OutboxEntry, putEntry } from "./outbox";
import { UploadRefused, UploadUnavailable, uploadProof } from "./upload-proof";

/** What the server answered, for screens that word it in the person's language. */
export type SentDetail =
  | { kind: "scan_in"; trackingId: string; changed: boolean }
  | {
      kind: "delivery";
      trackingId: string;
      outcome: "delivered" | "failed";
      outOfRadius: boolean;
      dueForReturn: boolean;
    };

export type SendOutcome =
  /** The server has it (now or from an earlier send). */
  | { kind: "sent"; message: string; detail?: SentDetail }
  /** No network, or the server could not answer: try again later. */
  | { kind: "unreachable" }
  /** The server refused it by a rule (a bad photo, a parcel cancelled meanwhile…). */
  | { kind: "refused"; message: string };

/** Network failures and server outages are worth retrying; anything the server refused is not. */
function isTransient(error: unknown) {
  if (error instanceof UploadUnavailable || error instanceof TypeError) return true;
  if (error instanceof TRPCClientError) {
    const status = (error.data as { httpStatus?: number } | undefined)?.httpStatus;
    return status === undefined || status >= 500;
  }
  return false;
}

function deliveryMessage(
  action: Extract<OutboxAction, { kind: "delivery" }>,
  outOfRadius: boolean,
  dueForReturn: boolean,
) {
  if (action.outcome === "delivered") {
    return `${action.trackingId} delivered.${outOfRadius ? " The location was outside your radius and is flagged for review." : ""}`;
  }
  return `Failed attempt recorded for ${action.trackingId}.${dueForReturn ? " It goes back to the next driver." : ""}`;
}

/** What the device itself says when the server gave no words of its own, in the person's language. */
export type SendWords = { uploadFailed: string; refused: string };

/** Sends one queued action; files are uploaded first and their ids kept on the entry. */
export async function sendEntry(
  client: TRPCClient<AppRouter>,
  entry: OutboxEntry,
  words: SendWords,
): Promise<SendOutcome> {
  const { action } = entry;
  try {
    if (action.kind === "scan_in") {
      const result = await client.deliveries.scanIn.mutate({
        arrivalId: action.arrivalId,
        trackingId: action.trackingId,
        scannedAt: new Date(action.scannedAt),
      });
      return {
        kind: "sent",
        message: result.changed
          ? `${result.trackingId} is at the store.`
          : `${result.trackingId} was already scanned in.`,
        detail: { kind: "scan_in", trackingId: result.trackingId, changed: result.changed },
      };
    }
    if (action.photo && !action.photoId) {
      action.photoId = await uploadProof(action.trackingId, "photo", action.photo);
      await putEntry(entry);
    }
    if (action.signature && !action.signatureId) {
      action.signatureId = await uploadProof(action.trackingId, "signature", action.signature);
      await putEntry(entry);
    }
    const result = await client.deliveries.log.mutate({
      clientActionId: entry.id,
      trackingId: action.trackingId,
      outcome: action.outcome,
      tappedAt: new Date(action.tappedAt),
      ...(action.outcome === "delivered"
        ? { recipientName: action.recipientName, photoId: action.photoId, signatureId: action.signatureId }
        : { failureReason: action.failureReason, failureNote: action.failureNote, photoId: action.photoId }),
      ...(action.fix ?? {}),
    });
    if (result.result === "conflict") return { kind: "refused", message: result.message };
    const [outOfRadius, dueForReturn] =
      result.result === "already_recorded" ? [false, false] : [result.outOfRadius, result.dueForReturn];
    return {
      kind: "sent",
      message: deliveryMessage(action, outOfRadius, dueForReturn),
      detail: { kind: "delivery", trackingId: action.trackingId, outcome: action.outcome, outOfRadius, dueForReturn },
    };
  } catch (error) {
    if (isTransient(error)) return { kind: "unreachable" };
    if (error instanceof UploadRefused) return { kind: "refused", message: words.uploadFailed };
    return { kind: "refused", message: error instanceof Error ? error.message : words.refused };
  }
}
