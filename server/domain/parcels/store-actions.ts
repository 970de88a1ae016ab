import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type ParcelStatus, parcels, partners } from "@/db/schema";
import { AppError, toAppError } from "@/server/errors";
import type { UserActor } from "../actor";
import { inPartnerScope } from "../scope";
import { enqueueWebhook } from "../webhooks/enqueue";
import { transitionParcel } from "./transition";

/** A parcel of one of the actor's stores by tracking ID; any other is "not at your store". */
export async function findStoreParcel(db: DbOrTx, actor: UserActor, trackingId: string) {
  const [row] = await db
    .select({
      id: parcels.id,
      partnerId: parcels.partnerId,
      carrierId: parcels.carrierId,
      status: parcels.status,
      partnerCode: partners.code,
    })
    .from(parcels)
    .innerJoin(partners, eq(partners.id, parcels.partnerId))
    .where(and(eq(parcels.trackingId, trackingId.trim()), inPartnerScope(parcels.partnerId, actor)));
  if (!row)
    throw new AppError("NOT_FOUND", `No parcel ${trackingId.trim()} at your store.`, { reason: "unknown_parcel" });
  return row;
}

const webhookFor: Partial<Record<ParcelStatus, "parcel.ready" | "parcel.unready">> = {
  ready: "parcel.ready",
  announced: "parcel.unready",
};

/** Marks one parcel ready (or, undoing, back to announced) and tells the carrier. */
export async function setParcelReady(db: DbOrTx, actor: UserActor, trackingId: string, ready: boolean) {
  return db.transaction(async (tx) => {
    const parcel = await findStoreParcel(tx, actor, trackingId);
    const to: ParcelStatus = ready ? "ready" : "announced";
    const result = await transitionParcel({ db: tx, actor, parcelId: parcel.id, to });
    const hook = webhookFor[to];
    if (result.changed && hook) {
      await enqueueWebhook(tx, parcel.carrierId, hook, {
        trackingId: result.parcel.trackingId,
        partnerCode: parcel.partnerCode,
      });
    }
    return { trackingId: result.parcel.trackingId, status: result.parcel.status, changed: result.changed };
  });
}

export type BatchOutcome =
  | { trackingId: string; ok: true; status: ParcelStatus; changed: boolean }
  | { trackingId: string; ok: false; message: string };

/** Marks several parcels at once; each succeeds or fails on its own, with its reason. */
export async function setParcelsReady(db: DbOrTx, actor: UserActor, trackingIds: string[], ready: boolean) {
  const outcomes: BatchOutcome[] = [];
  for (const trackingId of [...new Set(trackingIds)]) {
    try {
      const result = await setParcelReady(db, actor, trackingId, ready);
      outcomes.push({ trackingId, ok: true, status: result.status, changed: result.changed });
    } catch (error) {
      const appError = toAppError(error);
      if (appError.httpStatus >= 500) throw error;
      outcomes.push({ trackingId, ok: false, message: appError.message });
    }
  }
  return outcomes;
}
