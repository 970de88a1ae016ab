import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createParcel, createUser, createWorld } from "@/db/factories";
import { parcels, webhookDeliveries, webhookSubscriptions } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import type { UserActor } from "../actor";
import { loadUserActor } from "../auth/load-actor";
import { logDelivery } from "./log";
import { backAtStore, endRoute, startRoute } from "./route-run";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let other: Awaited<ReturnType<typeof createWorld>>;
let owner: UserActor;
let subscriptionId: string;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  other = await createWorld(db);
  owner = (await loadUserActor({ db, userId: world.owner.id }))!;
  const [subscription] = await db
    .insert(webhookSubscriptions)
    .values({
      carrierId: world.carrier.id,
      url: "https://carrier.example/hooks",
      secret: "whsec_test",
      eventTypes: ["parcel.out_for_delivery"],
    })
    .returning({ id: webhookSubscriptions.id });
  subscriptionId = subscription!.id;
});

const statusOf = async (id: string) =>
  (await db.select({ s: parcels.status, r: parcels.receivedAt }).from(parcels).where(eq(parcels.id, id)))[0]!;

describe("a rural store's route", () => {
  it("sends today's parcels out, brings unfinished ones back, and logs deliveries from either status", async () => {
    const receivedAt = new Date(Date.now() - 3 * 3600_000);
    const a = await createParcel(db, world.ruralStore, { status: "at_store", receivedAt });
    const b = await createParcel(db, world.ruralStore, { status: "attempted", receivedAt, failedAttempts: 1 });
    const c = await createParcel(db, world.ruralStore, { status: "at_store", receivedAt });
    const returning = await createParcel(db, world.ruralStore, { status: "at_store", dueForReturn: true });

    const started = await startRoute({ db, actor: owner, partnerCode: world.ruralStore.code });
    expect(started.outForDelivery).toBe(3);
    expect((await statusOf(a.id)).s).toBe("out_for_delivery");
    expect((await statusOf(returning.id)).s).toBe("at_store");
    // Only this carrier's endpoint: other files share the database.
    const sent = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.subscriptionId, subscriptionId));
    expect(sent.filter((d) => d.eventType === "parcel.out_for_delivery")).toHaveLength(3);

    const failed = await logDelivery({
      db,
      actor: owner,
      delivery: {
        clientActionId: randomUUID(),
        trackingId: a.trackingId,
        outcome: "failed",
        failureReason: "recipient_unavailable",
        tappedAt: new Date(),
      },
    });
    expect(failed).toMatchObject({ result: "recorded", status: "attempted" });

    expect((await backAtStore({ db, actor: owner, trackingId: b.trackingId })).changed).toBe(true);
    expect(await statusOf(b.id)).toEqual({ s: "at_store", r: receivedAt });
    expect((await backAtStore({ db, actor: owner, trackingId: b.trackingId })).changed).toBe(false);

    expect((await endRoute({ db, actor: owner, partnerCode: world.ruralStore.code })).backAtStore).toBe(1);
    expect((await statusOf(c.id)).s).toBe("at_store");
    expect(await startRoute({ db, actor: owner, partnerCode: world.ruralStore.code })).toEqual({ outForDelivery: 3 });
  });

  it("is the store's own: another store's owner, a manager of another region and an admin cannot run it", async () => {
    const parcel = await createParcel(db, world.ruralStore, { status: "out_for_delivery" });
    const otherOwner = (await loadUserActor({ db, userId: other.owner.id }))!;
    await expect(startRoute({ db, actor: otherOwner, partnerCode: world.ruralStore.code })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(backAtStore({ db, actor: otherOwner, trackingId: parcel.trackingId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const otherManager = (await loadUserActor({ db, userId: other.manager.id }))!;
    await expect(endRoute({ db, actor: otherManager, partnerCode: world.ruralStore.code })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const admin = (await loadUserActor({ db, userId: (await createUser(db, "admin")).id }))!;
    await expect(backAtStore({ db, actor: admin, trackingId: parcel.trackingId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await statusOf(parcel.id)).s).toBe("out_for_delivery");
    await expect(startRoute({ db, actor: owner, partnerCode: world.mallStore.code })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
