import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type ParcelStatus, parcels } from "@/db/schema";
import { findParcelTransition, type ParcelTransitionVia } from "@/lib/lifecycle";
import { AppError, notFound } from "@/server/errors";
import { type Actor, moverOf, textsFor } from "../actor";
import { appendEvent } from "../events";
import { assertStoreActive } from "../partners/active";
import { inPartnerScope } from "../scope";

type ParcelRow = typeof parcels.$inferSelect;

export type ParcelTransitionInput = {
  db: DbOrTx;
  actor: Actor;
  parcelId: string;
  to: ParcelStatus;
  /** When it happened (defaults to now); a delivery logged offline keeps its real time. */
  at?: Date;
  /** Extra columns to set with the status (e.g. failedAttempts). */
  patch?: (parcel: ParcelRow) => Partial<typeof parcels.$inferInsert>;
  eventType?: string;
  /** The action asking, for the steps back only it may take (see the lifecycle table). */
  via?: ParcelTransitionVia;
  eventData?: Record<string, unknown>;
};

export type ParcelTransitionResult = { parcel: ParcelRow; changed: boolean };

const stampColumn: Partial<Record<ParcelStatus, keyof ParcelRow>> = {
  ready: "readyAt",
  at_store: "receivedAt",
  picked_up: "pickedUpAt",
  delivered: "deliveredAt",
};

/**
 * Locks a parcel the actor may act on, at an active store, for a change in this transaction:
 * the lock every parcel change takes, whether or not its status moves.
 */
export async function lockParcel({
  db: tx,
  actor,
  parcelId,
}: {
  db: DbOrTx;
  actor: Actor;
  parcelId: string;
}): Promise<ParcelRow> {
  const [parcel] = await tx
    .select()
    .from(parcels)
    .where(and(eq(parcels.id, parcelId), inPartnerScope(parcels.partnerId, actor)))
    // `no key update`: the status changes, never the key, so rows being inserted that
    // reference this one (events, attempts, scans) do not wait on it, nor it on them.
    .for("no key update");
  if (!parcel) throw notFound("Parcel");
  await assertStoreActive({ db: tx, actor, partnerId: parcel.partnerId });
  return parcel;
}

/**
 * Moves a parcel to a new status if the lifecycle table allows it for this actor. The row is
 * locked and re-checked inside one transaction, so of two conflicting changes only one wins;
 * the change and its event are written together. Asking for the status it already has (a
 * double click, a retried request) changes nothing and reports `changed: false`.
 */
export async function transitionParcel(input: ParcelTransitionInput): Promise<ParcelTransitionResult> {
  const { db, actor, parcelId, to } = input;
  const at = input.at ?? new Date();
  return db.transaction(async (tx) => {
    const parcel = await lockParcel({ db: tx, actor, parcelId });
    if (parcel.status === to && to !== "attempted") return { parcel, changed: false };

    const rule = findParcelTransition(parcel.flow, parcel.status, to, input.via);
    if (!rule) {
      const t = textsFor(actor, "parcels");
      throw new AppError(
        "CONFLICT",
        t("cannotBecome", {
          trackingId: parcel.trackingId,
          status: t(`statusLabel.${parcel.status}`),
          requested: t(`statusLabel.${to}`),
        }),
        { reason: "invalid_transition", details: { status: parcel.status, requested: to } },
      );
    }
    if (!rule.by.includes(moverOf(actor))) {
      const t = textsFor(actor, "parcels");
      throw new AppError(
        "FORBIDDEN",
        t("cannotMark", { trackingId: parcel.trackingId, status: t(`statusLabel.${to}`) }),
        { reason: "not_allowed" },
      );
    }

    // Back from a route is not a new receipt (`receivedAt` keeps the day it first came in), nor
    // an undone handoff a new readiness (`readyAt` keeps when it was really ready).
    const stamp = parcel.status === "out_for_delivery" || input.via ? undefined : stampColumn[to];
    const [updated] = await tx
      .update(parcels)
      .set({
        ...input.patch?.(parcel),
        status: to,
        statusChangedAt: at,
        updatedAt: new Date(),
        ...(stamp ? { [stamp]: at } : {}),
      })
      .where(and(eq(parcels.id, parcel.id), eq(parcels.status, parcel.status)))
      .returning();
    if (!updated) {
      throw new AppError(
        "CONFLICT",
        textsFor(actor, "parcels")("changedMeanwhile", { trackingId: parcel.trackingId }),
        {
          reason: "concurrent_change",
        },
      );
    }
    await appendEvent({
      db: tx,
      actor,
      event: {
        subject: "parcel",
        partnerId: parcel.partnerId,
        parcelId: parcel.id,
        arrivalId: parcel.dueArrivalId,
        type: input.eventType ?? "status_changed",
        fromStatus: parcel.status,
        toStatus: to,
        at,
        data: input.eventData ?? null,
      },
    });
    return { parcel: updated, changed: true };
  });
}
