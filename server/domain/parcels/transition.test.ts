import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createParcel, createWorld } from "@/db/factories";
import { events } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { AppError } from "@/server/errors";
import type { Actor } from "../actor";
import { loadUserActor } from "../auth/load-actor";
import { transitionParcel } from "./transition";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let owner: Actor;
let staff: Actor;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  owner = (await loadUserActor({ db, userId: world.owner.id }))!;
  staff = (await loadUserActor({ db, userId: world.staff.id }))!;
});

async function eventsOf(parcelId: string) {
  return db
    .select()
    .from(events)
    .where(and(eq(events.parcelId, parcelId), eq(events.subject, "parcel")));
}

describe("transitionParcel", () => {
  it("moves a parcel along its flow and records who did it", async () => {
    const parcel = await createParcel(db, world.mallStore);
    const result = await transitionParcel({ db, actor: staff, parcelId: parcel.id, to: "ready" });
    expect(result.changed).toBe(true);
    expect(result.parcel.status).toBe("ready");
    expect(result.parcel.readyAt).not.toBeNull();
    const [event] = await eventsOf(parcel.id);
    expect(event).toMatchObject({ fromStatus: "announced", toStatus: "ready", actorUserId: world.staff.id });
  });

  it("refuses a change the lifecycle does not allow, naming the current status", async () => {
    const parcel = await createParcel(db, world.mallStore, { status: "picked_up" });
    await expect(transitionParcel({ db, actor: staff, parcelId: parcel.id, to: "announced" })).rejects.toThrow(
      /is picked up; it cannot become announced/,
    );
    expect(await eventsOf(parcel.id)).toHaveLength(0);
  });

  it("answers NOT_FOUND for another store's parcel and leaves it untouched", async () => {
    const parcel = await createParcel(db, world.ruralStore);
    const error = await transitionParcel({ db, actor: staff, parcelId: parcel.id, to: "at_store" }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("NOT_FOUND");
    expect(await eventsOf(parcel.id)).toHaveLength(0);
  });

  it("treats a repeated request as already done, without a second event", async () => {
    const parcel = await createParcel(db, world.mallStore);
    await transitionParcel({ db, actor: staff, parcelId: parcel.id, to: "ready" });
    const again = await transitionParcel({ db, actor: staff, parcelId: parcel.id, to: "ready" });
    expect(again.changed).toBe(false);
    expect(await eventsOf(parcel.id)).toHaveLength(1);
  });

  it("keeps the audit trail append-only: an event cannot be changed or removed", async () => {
    const parcel = await createParcel(db, world.mallStore);
    await transitionParcel({ db, actor: staff, parcelId: parcel.id, to: "ready" });
    const [event] = await eventsOf(parcel.id);
    await expect(db.update(events).set({ toStatus: "announced" }).where(eq(events.id, event!.id))).rejects.toThrow();
    await expect(db.delete(events).where(eq(events.id, event!.id))).rejects.toThrow();
    const [after] = await eventsOf(parcel.id);
    expect(after?.toStatus).toBe("ready");
  });

  it("lets exactly one of 20 concurrent conflicting changes succeed, with exactly one event", async () => {
    // Delivered and returned exclude each other: whichever lands first, the other is refused.
    const parcel = await createParcel(db, world.ruralStore, { status: "at_store" });
    const targets = ["delivered", "returned"] as const;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        transitionParcel({ db, actor: owner, parcelId: parcel.id, to: targets[i % targets.length]! }),
      ),
    );
    const changed = outcomes.flatMap((o) => (o.status === "fulfilled" && o.value.changed ? [o.value.parcel] : []));
    expect(changed).toHaveLength(1);
    const winner = changed[0]!.status;
    for (const [i, outcome] of outcomes.entries()) {
      if (targets[i % targets.length] === winner) {
        // The same change asked again is already done: no error, nothing more written.
        expect(outcome.status).toBe("fulfilled");
      } else {
        expect(outcome).toMatchObject({ status: "rejected", reason: { code: "CONFLICT" } });
      }
    }
    expect(await eventsOf(parcel.id)).toHaveLength(1);
  });
});
