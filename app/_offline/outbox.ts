"use client";

import type { DBSchema, IDBPDatabase } from "idb";
import type { LogDeliveryInput, ScanInInput } from "@/server/domain/deliveries/schemas";

/**
 * What a person did on the device, kept until the server has it: the procedures' own inputs, with
 * times as ISO strings and proofs as files until they are uploaded.
 */
export type OutboxAction =
  | ({ kind: "scan_in"; scannedAt: string } & Pick<ScanInInput, "arrivalId" | "trackingId">)
  | ({
      kind: "delivery";
      tappedAt: string;
      fix?: { lat: number; lng: number; accuracyMeters: number };
      /** The proof of a delivery; for a failed attempt, an optional photo of what stopped it. */
      photo?: Blob;
      signature?: Blob;
      /** `photoId`/`signatureId` are set once uploaded, so a retried sync does not upload the files again. */
    } & Pick<
      LogDeliveryInput,
      "trackingId" | "outcome" | "recipientName" | "failureReason" | "failureNote" | "photoId" | "signatureId"
    >);

export type OutboxEntry = {
  /** The client action id: the server applies each action once, however often it is sent. */
  id: string;
  userId: string;
  createdAt: string;
  action: OutboxAction;
  /** `pending` is sent when the network allows; `attention` waits for the person to read why. */
  state: "pending" | "attention";
  problem?: string;
};

interface OutboxSchema extends DBSchema {
  entries: { key: string; value: OutboxEntry; indexes: { byUser: string } };
}

let opening: Promise<IDBPDatabase<OutboxSchema>> | undefined;

/** The IndexedDB code is fetched after the page, at the first look at the outbox. */
function database() {
  opening ??= import("idb").then(({ openDB }) =>
    openDB<OutboxSchema>("handoff-outbox", 1, {
      upgrade(db) {
        db.createObjectStore("entries", { keyPath: "id" }).createIndex("byUser", "userId");
      },
    }),
  );
  opening.catch(() => {
    opening = undefined;
  });
  return opening;
}

export async function listEntries(userId: string): Promise<OutboxEntry[]> {
  const entries = await (await database()).getAllFromIndex("entries", "byUser", userId);
  return entries.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function putEntry(entry: OutboxEntry) {
  await (await database()).put("entries", entry);
}

export async function deleteEntry(id: string) {
  await (await database()).delete("entries", id);
}
