import "server-only";
import type { DbOrTx } from "@/db/client";
import type { ParcelStatus } from "@/db/schema";
import { defaultLocale } from "@/lib/format";
import { inLanguage, toAppError } from "@/server/errors";
import type { UserActor } from "../actor";
import { findStoreParcel } from "./lookup";
import { transitionParcel } from "./transition";

type ParcelAction = { db: DbOrTx; actor: UserActor; trackingId: string };
type ManyParcelsAction = { db: DbOrTx; actor: UserActor; trackingIds: string[] };

/** Marks one parcel of the actor's store ready for its pickup and tells the carrier. */
export function markReady(input: ParcelAction) {
  return moveParcel(input, "ready");
}

/** Undoes a ready scan: the parcel is back to announced, and the carrier hears so. */
export function undoReady(input: ParcelAction) {
  return moveParcel(input, "announced");
}

/** Marks several parcels ready at once; each succeeds or fails on its own, with its reason. */
export function markManyReady({ trackingIds, ...rest }: ManyParcelsAction) {
  return each(rest.actor, trackingIds, (trackingId) => markReady({ ...rest, trackingId }));
}

/** Undoes several ready scans at once; each succeeds or fails on its own, with its reason. */
export function undoManyReady({ trackingIds, ...rest }: ManyParcelsAction) {
  return each(rest.actor, trackingIds, (trackingId) => undoReady({ ...rest, trackingId }));
}

async function moveParcel({ db, actor, trackingId }: ParcelAction, to: "ready" | "announced") {
  return db.transaction(async (tx) => {
    const parcel = await findStoreParcel({ db: tx, actor, trackingId });
    const result = await transitionParcel({ db: tx, actor, parcelId: parcel.id, to });
    return { trackingId: result.parcel.trackingId, status: result.parcel.status, changed: result.changed };
  });
}

export type BatchOutcome =
  | { trackingId: string; ok: true; status: ParcelStatus; changed: boolean }
  | { trackingId: string; ok: false; message: string };

async function each(
  actor: UserActor,
  trackingIds: string[],
  act: (trackingId: string) => ReturnType<typeof markReady>,
) {
  const outcomes: BatchOutcome[] = [];
  for (const trackingId of [...new Set(trackingIds)]) {
    try {
      const result = await act(trackingId);
      outcomes.push({ trackingId, ok: true, status: result.status, changed: result.changed });
    } catch (error) {
      const appError = toAppError(error);
      if (appError.httpStatus >= 500) throw error;
      outcomes.push({ trackingId, ok: false, message: inLanguage(appError, actor.locale ?? defaultLocale).message });
    }
  }
  return outcomes;
}
