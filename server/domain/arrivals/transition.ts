import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type ArrivalStatus, arrivals } from "@/db/schema";
import { findArrivalTransition } from "@/lib/lifecycle";
import { AppError, notFound } from "@/server/errors";
import { type Actor, moverOf, textsFor } from "../actor";
import { appendEvent } from "../events";
import { assertStoreActive } from "../partners/active";
import { inPartnerScope } from "../scope";

type ArrivalRow = typeof arrivals.$inferSelect;

/** Moves an arrival along its lifecycle; same guarantees as `transitionParcel`. */
export async function transitionArrival(input: {
  db: DbOrTx;
  actor: Actor;
  arrivalId: string;
  to: ArrivalStatus;
  at?: Date;
  patch?: Partial<typeof arrivals.$inferInsert>;
  eventData?: Record<string, unknown>;
}): Promise<{ arrival: ArrivalRow; changed: boolean }> {
  const { db, actor, arrivalId, to } = input;
  const at = input.at ?? new Date();
  return db.transaction(async (tx) => {
    const [arrival] = await tx
      .select()
      .from(arrivals)
      .where(and(eq(arrivals.id, arrivalId), inPartnerScope(arrivals.partnerId, actor)))
      // `no key update`: the status changes, never the key, so rows being inserted that
      // reference this one (events, attempts, scans) do not wait on it, nor it on them.
      .for("no key update");
    if (!arrival) throw notFound("Arrival");
    await assertStoreActive({ db: tx, actor, partnerId: arrival.partnerId });
    if (arrival.status === to) return { arrival, changed: false };

    const rule = findArrivalTransition(arrival.status, to);
    if (!rule) {
      throw new AppError(
        "CONFLICT",
        textsFor(actor, "arrivals")("cannotBecome", {
          id: arrival.externalId,
          status: textsFor(actor, "parcels")(`statusLabel.${arrival.status}`),
          requested: textsFor(actor, "parcels")(`statusLabel.${to}`),
        }),
        { reason: "invalid_transition", details: { status: arrival.status, requested: to } },
      );
    }
    if (!rule.by.includes(moverOf(actor))) {
      const status = textsFor(actor, "parcels")(`statusLabel.${to}`);
      throw new AppError("FORBIDDEN", textsFor(actor, "arrivals")("cannotMark", { id: arrival.externalId, status }), {
        reason: "not_allowed",
      });
    }
    const [updated] = await tx
      .update(arrivals)
      .set({ ...input.patch, status: to, updatedAt: new Date() })
      .where(and(eq(arrivals.id, arrival.id), eq(arrivals.status, arrival.status)))
      .returning();
    if (!updated) {
      throw new AppError("CONFLICT", textsFor(actor, "arrivals")("changedMeanwhile", { id: arrival.externalId }), {
        reason: "concurrent_change",
      });
    }
    await appendEvent({
      db: tx,
      actor,
      event: {
        subject: "arrival",
        partnerId: arrival.partnerId,
        arrivalId: arrival.id,
        type: "status_changed",
        fromStatus: arrival.status,
        toStatus: to,
        at,
        data: input.eventData ?? null,
      },
    });
    return { arrival: updated, changed: true };
  });
}
