import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createPartner, createUser, createWorld } from "@/db/factories";
import { arrivalParcels } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { localDayBounds, localDayOf } from "@/lib/local-day";
import type { UserActor } from "../actor";
import { loadUserActor } from "../auth/load-actor";
import { QUEUE_LIMIT, type QueueFilter, storeQueue } from "./store-queue";

let db: Db;
let staff: UserActor;
let code: string;
/** Tracking IDs by role in the story below. */
const ids: Record<string, string> = {};
let pickupId: string;
let laterId: string;
let takenById: string;

const hour = 3600_000;

/**
 * One store of its own: a pickup in an hour with one parcel not ready and one ready; a parcel on
 * no pickup; a ready parcel left from a pickup the driver missed; a parcel due on a pickup five
 * days ahead (beyond the board); one picked up today and one yesterday.
 */
beforeAll(async () => {
  db = (await testDatabase()).db;
  const world = await createWorld(db);
  const store = await createPartner(db, {
    regionId: world.region.id,
    carrierId: world.carrier.id,
    mallId: world.mall.id,
  });
  code = store.code;
  staff = (await loadUserActor({ db, userId: (await createUser(db, "store_staff", { partnerIds: [store.id] })).id }))!;
  const now = Date.now();
  const at = (offset: number) => ({
    windowStart: new Date(now + offset),
    windowEnd: new Date(now + offset + hour / 2),
  });
  const pickup = await createArrival(db, store, { ...at(hour), driverName: "Soon Driver" });
  const missed = await createArrival(db, store, { ...at(-5 * hour), status: "missed" });
  const later = await createArrival(db, store, { ...at(5 * 24 * hour), driverName: "Later Driver" });
  const taken = await createArrival(db, store, { ...at(-hour), status: "completed" });
  [pickupId, laterId, takenById] = [pickup.id, later.id, taken.id];
  const { start } = localDayBounds(localDayOf(new Date(now), store.timeZone), store.timeZone);
  const make = async (name: string, overrides: Parameters<typeof createParcel>[2]) => {
    const parcel = await createParcel(db, store, { trackingId: `Q${name.toUpperCase()}${now}`, ...overrides });
    if (parcel.dueArrivalId) {
      await db.insert(arrivalParcels).values({ arrivalId: parcel.dueArrivalId, parcelId: parcel.id });
    }
    ids[name] = parcel.trackingId;
  };
  await make("notready", { status: "announced", dueArrivalId: pickup.id });
  await make("ready", { status: "ready", dueArrivalId: pickup.id });
  await make("loose", { status: "announced" });
  await make("leftover", { status: "ready", dueArrivalId: missed.id });
  await make("far", { status: "announced", dueArrivalId: later.id });
  await make("today", { status: "picked_up", dueArrivalId: taken.id, pickedUpAt: new Date(now) });
  await make("yesterday", {
    status: "picked_up",
    dueArrivalId: taken.id,
    pickedUpAt: new Date(start.getTime() - hour),
  });
});

async function groupsOf(filter: QueueFilter, search?: string) {
  const queue = await storeQueue({ db, actor: staff, partnerCode: code, filter, search });
  return queue.groups.map((g) => ({ arrival: g.arrival?.id ?? null, parcels: g.parcels.map((p) => p.trackingId) }));
}

describe("the store's queue, one group per pickup and one for parcels on none", () => {
  it("to do: every open parcel once, under its pickup or the single 'not on a pickup yet' group", async () => {
    expect(await groupsOf("open")).toEqual([
      { arrival: pickupId, parcels: [ids.notready, ids.ready] },
      { arrival: laterId, parcels: [ids.far] },
      { arrival: null, parcels: [ids.leftover, ids.loose].sort() },
    ]);
  });

  it("not ready: only parcels not marked ready", async () => {
    expect(await groupsOf("announced")).toEqual([
      { arrival: pickupId, parcels: [ids.notready] },
      { arrival: laterId, parcels: [ids.far] },
      { arrival: null, parcels: [ids.loose] },
    ]);
  });

  it("ready: only ready parcels", async () => {
    expect(await groupsOf("ready")).toEqual([
      { arrival: pickupId, parcels: [ids.ready] },
      { arrival: null, parcels: [ids.leftover] },
    ]);
  });

  it("picked up today: only today's, under the pickup that took them", async () => {
    expect(await groupsOf("picked_up")).toEqual([{ arrival: takenById, parcels: [ids.today] }]);
  });

  it("search: nothing for a string no tracking ID holds, each match once otherwise", async () => {
    expect(await groupsOf("open", "zzzz")).toEqual([]);
    expect(await groupsOf("open", ids.loose!.toLowerCase())).toEqual([{ arrival: null, parcels: [ids.loose] }]);
  });

  it("gives a pickup on the board its ready/due counts", async () => {
    const queue = await storeQueue({ db, actor: staff, partnerCode: code, filter: "open" });
    expect(queue.groups[0]?.arrival).toMatchObject({ driverName: "Soon Driver", ready: 1, due: 2 });
    expect(queue.groups[1]?.arrival).toMatchObject({ driverName: "Later Driver", ready: null, due: null });
  });
});

describe("a queue longer than it lists", () => {
  it("lists the first parcels and says how many there are in all", async () => {
    const world = await createWorld(db);
    const person = (await loadUserActor({ db, userId: world.staff.id }))!;
    for (let i = 0; i < QUEUE_LIMIT + 2; i++) await createParcel(db, world.mallStore, { status: "announced" });
    const queue = await storeQueue({ db, actor: person, partnerCode: world.mallStore.code, filter: "open" });
    expect(queue.shown).toBe(QUEUE_LIMIT);
    expect(queue.total).toBe(QUEUE_LIMIT + 2);
    expect(queue.groups.flatMap((g) => g.parcels)).toHaveLength(QUEUE_LIMIT);
    // A search matching them all is counted the same way.
    const one = await storeQueue({
      db,
      actor: person,
      partnerCode: world.mallStore.code,
      filter: "open",
      search: "TRK",
    });
    expect(one.total).toBe(QUEUE_LIMIT + 2);
  });
});
