import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createUser, createWorld } from "@/db/factories";
import { arrivalParcels, parcels, webhookDeliveries, webhookSubscriptions } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import type { UserActor } from "../actor";
import { loadUserActor } from "../auth/load-actor";
import { completeCheckIn, scanIn } from "./checkin";
import { todaysDrop } from "./drop";
import { todaysDeliveries } from "./today";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let owner: UserActor;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  owner = (await loadUserActor({ db, userId: world.owner.id }))!;
  await db.insert(webhookSubscriptions).values({
    carrierId: world.carrier.id,
    url: "https://carrier.example/hooks",
    secret: "s",
    eventTypes: ["parcel.received", "arrival.discrepancy"],
  });
});

async function morningDrop(manifestSize: number) {
  const arrival = await createArrival(db, world.ruralStore, {
    windowStart: new Date(Date.now() - 30 * 60_000),
    windowEnd: new Date(Date.now() + 30 * 60_000),
  });
  const manifest = [];
  for (let i = 0; i < manifestSize; i++) {
    const parcel = await createParcel(db, world.ruralStore);
    await db.insert(arrivalParcels).values({ arrivalId: arrival.id, parcelId: parcel.id, onManifest: true });
    manifest.push(parcel);
  }
  return { arrival, manifest };
}

describe("the morning drop check-in", () => {
  it("scans parcels in, then flags the unscanned missing and the extra unexpected", async () => {
    const { arrival, manifest } = await morningDrop(3);
    const extra = await createParcel(db, world.ruralStore);
    await scanIn({ db: db, actor: owner, arrivalId: arrival.id, trackingId: manifest[0]!.trackingId });
    await scanIn({
      db: db,
      actor: owner,
      arrivalId: arrival.id,
      trackingId: ` ${manifest[1]!.trackingId.toLowerCase()} `.toUpperCase(),
    });
    await scanIn({ db: db, actor: owner, arrivalId: arrival.id, trackingId: extra.trackingId });
    // A second scan of the same parcel changes nothing.
    expect(
      await scanIn({ db: db, actor: owner, arrivalId: arrival.id, trackingId: manifest[0]!.trackingId }),
    ).toMatchObject({ changed: false });

    const result = await completeCheckIn({ db: db, actor: owner, arrivalId: arrival.id });
    expect(result.summary).toEqual({ manifest: 3, received: 3, missing: 1, unexpected: 1, damaged: 0 });
    expect(result.missing).toEqual([manifest[2]!.trackingId]);
    expect(result.unexpected).toEqual([extra.trackingId]);

    // "Today" is the store's local day of the drop, whatever the hour this test runs at.
    const drop = await todaysDrop({
      db,
      actor: owner,
      partnerCode: world.ruralStore.code,
      now: arrival.windowStart,
      arrivalId: arrival.id,
    });
    const kinds = Object.fromEntries(drop.lines.map((l) => [l.trackingId, l.discrepancy]));
    expect(kinds).toMatchObject({
      [manifest[2]!.trackingId]: "missing",
      [extra.trackingId]: "unexpected",
      [manifest[0]!.trackingId]: null,
    });
    const [received] = await db.select().from(parcels).where(eq(parcels.id, manifest[1]!.id));
    expect(received?.status).toBe("at_store");
    const queued = await db.select().from(webhookDeliveries);
    expect(queued.filter((d) => d.eventType === "parcel.received").length).toBeGreaterThanOrEqual(3);
    expect(queued.some((d) => d.eventType === "arrival.discrepancy")).toBe(true);

    // The check-in is closed: no more scans.
    const late = await createParcel(db, world.ruralStore);
    await expect(
      scanIn({ db: db, actor: owner, arrivalId: arrival.id, trackingId: late.trackingId }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("counts scanned of the manifest, missing and extra as each scan happens, in any letter case", async () => {
    const { arrival, manifest } = await morningDrop(3);
    const extra = await createParcel(db, world.ruralStore);
    const progress = async () =>
      (
        await todaysDrop({
          db,
          actor: owner,
          partnerCode: world.ruralStore.code,
          now: arrival.windowStart,
          arrivalId: arrival.id,
        })
      ).progress;
    expect(await progress()).toMatchObject({ manifest: 3, received: 0, missing: 3, unexpected: 0 });
    expect(
      await scanIn({ db, actor: owner, arrivalId: arrival.id, trackingId: manifest[0]!.trackingId.toLowerCase() }),
    ).toMatchObject({
      trackingId: manifest[0]!.trackingId,
      changed: true,
    });
    expect(await progress()).toMatchObject({ manifest: 3, received: 1, missing: 2, unexpected: 0 });
    await scanIn({ db, actor: owner, arrivalId: arrival.id, trackingId: extra.trackingId });
    expect(await progress()).toMatchObject({ manifest: 3, received: 2, missing: 2, unexpected: 1 });
    await scanIn({ db, actor: owner, arrivalId: arrival.id, trackingId: manifest[1]!.trackingId });
    const before = await progress();
    expect((await completeCheckIn({ db, actor: owner, arrivalId: arrival.id })).summary).toEqual(before);
  });

  it("keeps other stores' drops and parcels out of reach", async () => {
    const { arrival } = await morningDrop(1);
    const stranger = (await loadUserActor({
      db,
      userId: (await createUser(db, "store_owner", { partnerIds: [world.mallStore.id] })).id,
    }))!;
    await expect(scanIn({ db: db, actor: stranger, arrivalId: arrival.id, trackingId: "ANY" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const foreign = await createParcel(db, world.mallStore);
    await expect(
      scanIn({ db: db, actor: owner, arrivalId: arrival.id, trackingId: foreign.trackingId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists today's deliveries in a route no longer than nearest neighbour", async () => {
    const today = await todaysDeliveries({ db, actor: owner, partnerCode: world.ruralStore.code });
    expect(today.stops.length).toBeGreaterThan(0);
    expect(today.stops.every((s) => ["at_store", "out_for_delivery", "attempted"].includes(s.status))).toBe(true);
    expect(today.totalMiles).toBeLessThanOrEqual(today.nearestNeighbourMiles + 1e-9);
  });
});
