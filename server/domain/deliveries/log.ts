import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { deliveryAttempts, parcels, partners, proofFiles } from "@/db/schema";
import { geodesicMeters, isWithinRadius } from "@/lib/distance";
import { defaultLocale } from "@/lib/format";
import { AppError, inLanguage, toAppError } from "@/server/errors";
import type { UserActor } from "../actor";
import { findStoreParcel } from "../parcels/lookup";
import { transitionParcel } from "../parcels/transition";
import { inPartnerScope } from "../scope";
import { acceptSentTime } from "../time/sent-time";
import { deliveryRefusals } from "./refusals";
import type { LogDeliveryInput } from "./schemas";

/** After this many failed attempts a parcel goes back to the carrier. */
export const MAX_FAILED_ATTEMPTS = 3;

export type LogResult =
  | { result: "recorded"; status: string; outOfRadius: boolean; dueForReturn: boolean }
  | { result: "already_recorded" }
  | { result: "conflict"; message: string };

/** The answer a device got the first time it sent this action, if it did, from one of the actor's stores. */
async function firstAnswer(tx: DbOrTx, actor: UserActor, clientActionId: string): Promise<LogResult | null> {
  const [seen] = await tx
    .select({ answer: deliveryAttempts.answer })
    .from(deliveryAttempts)
    .where(and(eq(deliveryAttempts.clientActionId, clientActionId), inPartnerScope(deliveryAttempts.partnerId, actor)));
  if (!seen) return null;
  return seen.answer ? (JSON.parse(seen.answer) as LogResult) : { result: "already_recorded" };
}

/**
 * Records a delivery or a failed attempt. The attempt is always kept (nothing a partner logs is
 * thrown away); the parcel moves if its status still allows (a parcel cancelled or delivered
 * meanwhile is a conflict shown to the person). A GPS fix beyond the radius plus its accuracy is
 * flagged. A replay of the same action answers what the first one did, byte for byte.
 */
export async function logDelivery({
  db,
  actor,
  delivery: input,
}: {
  db: DbOrTx;
  actor: UserActor;
  delivery: LogDeliveryInput;
}): Promise<LogResult> {
  return db.transaction(async (tx) => {
    const replay = await firstAnswer(tx, actor, input.clientActionId);
    if (replay) return replay;

    const parcel = await findStoreParcel({ db: tx, actor, trackingId: input.trackingId });
    // The parcel row is locked before anything referencing it is written: concurrent logs then
    // queue on this one lock instead of each holding a key-share lock and waiting on the other.
    await tx.select({ id: parcels.id }).from(parcels).where(eq(parcels.id, parcel.id)).for("update");
    const replayed = await firstAnswer(tx, actor, input.clientActionId);
    if (replayed) return replayed;

    const { t } = deliveryRefusals(actor);
    const [store] = await tx.select().from(partners).where(eq(partners.id, parcel.partnerId));
    if (store?.program !== "local_delivery") throw new AppError("CONFLICT", t("refusals.notLocalParcel"));
    const tappedAt = acceptSentTime({
      at: input.tappedAt,
      field: "tappedAt",
      partnerCreatedAt: store.createdAt,
      kind: "happened",
    });
    for (const proofId of [input.photoId, input.signatureId]) {
      if (!proofId) continue;
      const [proof] = await tx
        .select({ id: proofFiles.id })
        .from(proofFiles)
        .where(and(eq(proofFiles.id, proofId), eq(proofFiles.parcelId, parcel.id)));
      if (!proof) throw new AppError("BAD_REQUEST", t("refusals.photoOfOtherParcel"));
    }
    const fix = input.lat !== undefined && input.lng !== undefined ? { lat: input.lat, lng: input.lng } : null;
    const distanceMeters = fix ? geodesicMeters(store, fix) : null;
    const outOfRadius =
      distanceMeters !== null && !isWithinRadius(distanceMeters, store.radiusMiles, input.accuracyMeters ?? 0);
    const [inserted] = await tx
      .insert(deliveryAttempts)
      .values({
        clientActionId: input.clientActionId,
        parcelId: parcel.id,
        partnerId: parcel.partnerId,
        userId: actor.userId,
        outcome: input.outcome,
        failureReason: input.outcome === "failed" ? input.failureReason : null,
        failureNote: input.failureNote ?? null,
        recipientName: input.recipientName ?? null,
        photoId: input.photoId ?? null,
        signatureId: input.signatureId ?? null,
        lat: fix?.lat ?? null,
        lng: fix?.lng ?? null,
        accuracyMeters: input.accuracyMeters ?? null,
        distanceMeters,
        outOfRadius,
        tappedAt,
      })
      .onConflictDoNothing({ target: [deliveryAttempts.partnerId, deliveryAttempts.clientActionId] })
      .returning({ id: deliveryAttempts.id });
    // The same action sent meanwhile for another parcel: its insert committed first.
    if (!inserted) return (await firstAnswer(tx, actor, input.clientActionId)) ?? { result: "already_recorded" };

    const answer = await applyAttempt(tx, actor, { ...input, tappedAt }, parcel, outOfRadius);
    await tx
      .update(deliveryAttempts)
      .set({ answer: JSON.stringify(answer) })
      .where(eq(deliveryAttempts.id, inserted.id));
    return answer;
  });
}

async function applyAttempt(
  tx: DbOrTx,
  actor: UserActor,
  input: LogDeliveryInput,
  parcel: Awaited<ReturnType<typeof findStoreParcel>>,
  outOfRadius: boolean,
): Promise<LogResult> {
  const { t } = deliveryRefusals(actor);
  try {
    const moved = await tx.transaction(async (inner) => {
      if (input.outcome === "delivered") {
        const result = await transitionParcel({
          db: inner,
          actor,
          parcelId: parcel.id,
          to: "delivered",
          at: input.tappedAt,
        });
        if (!result.changed) {
          throw new AppError("CONFLICT", t("refusals.alreadyDelivered", { trackingId: input.trackingId }), {
            reason: "invalid_transition",
            details: { status: "delivered" },
          });
        }
        return result;
      }
      return transitionParcel({
        db: inner,
        actor,
        parcelId: parcel.id,
        to: "attempted",
        at: input.tappedAt,
        eventData: { reason: input.failureReason },
        patch: (current) => {
          const failedAttempts = current.failedAttempts + 1;
          const giveBack =
            failedAttempts >= MAX_FAILED_ATTEMPTS ||
            input.failureReason === "refused" ||
            input.failureReason === "damaged";
          return { failedAttempts, dueForReturn: current.dueForReturn || giveBack };
        },
      });
    });
    return { result: "recorded", status: moved.parcel.status, outOfRadius, dueForReturn: moved.parcel.dueForReturn };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code !== "CONFLICT") throw error;
    const { message } = inLanguage(appError, actor.locale ?? defaultLocale);
    return { result: "conflict", message: t("refusals.keptForManager", { message }) };
  }
}
