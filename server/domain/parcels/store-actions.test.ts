import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createWorld } from "@/db/factories";
import { arrivalParcels, parcels } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import type { UserActor } from "../actor";
import { handOverParcel, markDriverArrived } from "../arrivals/handoff";
import { loadUserActor } from "../auth/load-actor";
import { storeQueue } from "./queue";
import { setParcelReady, setParcelsReady } from "./store-actions";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let staff: UserActor;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  staff = (await loadUserActor(db, world.staff.id))!;
});

describe("scan to ready", () => {
  it("marks a parcel ready, and undo puts it back until pickup", async () => {
    const parcel = await createParcel(db, world.mallStore);
    expect(await setParcelReady(db, staff, parcel.trackingId, true)).toMatchObject({ status: "ready", changed: true });
    expect(await setParcelReady(db, staff, parcel.trackingId, false)).toMatchObject({
      status: "announced",
      changed: true,
    });
  });

  it("answers each impossible scan with a specific message", async () => {
    const other = await createParcel(db, world.ruralStore);
    const pickedUp = await createParcel(db, world.mallStore, { status: "picked_up" });
    const cancelled = await createParcel(db, world.mallStore, { status: "cancelled" });
    await expect(setParcelReady(db, staff, "HX-NOPE-1", true)).rejects.toThrow("No parcel HX-NOPE-1 at your store.");
    await expect(setParcelReady(db, staff, other.trackingId, true)).rejects.toThrow(
      `No parcel ${other.trackingId} at your store.`,
    );
    await expect(setParcelReady(db, staff, pickedUp.trackingId, true)).rejects.toThrow(
      /is picked up; it cannot become ready/,
    );
    await expect(setParcelReady(db, staff, cancelled.trackingId, true)).rejects.toThrow(
      /is cancelled; it cannot become ready/,
    );
    await expect(setParcelReady(db, staff, pickedUp.trackingId, false)).rejects.toThrow(
      /is picked up; it cannot become announced/,
    );
  });

  it("marks many: each parcel succeeds or fails on its own", async () => {
    const a = await createParcel(db, world.mallStore);
    const b = await createParcel(db, world.mallStore, { status: "picked_up" });
    const outcomes = await setParcelsReady(db, staff, [a.trackingId, b.trackingId], true);
    expect(outcomes).toEqual([
      { trackingId: a.trackingId, ok: true, status: "ready", changed: true },
      { trackingId: b.trackingId, ok: false, message: expect.stringMatching(/is picked up/) },
    ]);
  });

  it("groups the queue by the arrival each parcel is due on and finds by tracking ID", async () => {
    const arrival = await createArrival(db, world.mallStore);
    const due = await createParcel(db, world.mallStore, { dueArrivalId: arrival.id });
    const loose = await createParcel(db, world.mallStore);
    await db.insert(arrivalParcels).values({ arrivalId: arrival.id, parcelId: due.id });
    const queue = await storeQueue(db, staff, { partnerCode: world.mallStore.code, filter: "open" });
    expect(queue.parcels.find((p) => p.trackingId === due.trackingId)?.dueArrivalId).toBe(arrival.id);
    expect(queue.parcels.find((p) => p.trackingId === loose.trackingId)?.dueArrivalId).toBeNull();
    expect(queue.arrivals.find((a) => a.id === arrival.id)).toMatchObject({ due: 1, ready: 0 });
    const found = await storeQueue(db, staff, {
      partnerCode: world.mallStore.code,
      filter: "open",
      search: due.trackingId.slice(-6).toLowerCase(),
    });
    expect(found.parcels.map((p) => p.trackingId)).toEqual([due.trackingId]);
  });
});

describe("the queue's picked-up view", () => {
  it("lists only parcels picked up on the store's local today", async () => {
    // 15:00 UTC is 08:00 in Phoenix, whose day began at 07:00 UTC.
    const now = new Date("2026-11-24T15:00:00Z");
    const today = await createParcel(db, world.mallStore, {
      status: "picked_up",
      pickedUpAt: new Date("2026-11-24T07:30:00Z"),
    });
    const yesterday = await createParcel(db, world.mallStore, {
      status: "picked_up",
      pickedUpAt: new Date("2026-11-24T06:30:00Z"),
    });
    const queue = await storeQueue(db, staff, { partnerCode: world.mallStore.code, filter: "picked_up" }, now);
    const ids = queue.parcels.map((p) => p.trackingId);
    expect(ids).toContain(today.trackingId);
    expect(ids).not.toContain(yesterday.trackingId);
  });
});

describe("handoff scans", () => {
  it("needs the driver at the store, then records each parcel handed over", async () => {
    const arrival = await createArrival(db, world.mallStore);
    const parcel = await createParcel(db, world.mallStore, { status: "ready", dueArrivalId: arrival.id });
    await expect(handOverParcel(db, staff, arrival.id, parcel.trackingId)).rejects.toThrow(
      /Confirm the driver has arrived/,
    );
    await markDriverArrived(db, staff, arrival.id);
    expect(await handOverParcel(db, staff, arrival.id, parcel.trackingId)).toMatchObject({ status: "picked_up" });
    // A second scan of the same parcel changes nothing.
    expect(await handOverParcel(db, staff, arrival.id, parcel.trackingId)).toMatchObject({ changed: false });
    const [line] = await db.select().from(arrivalParcels).where(eq(arrivalParcels.parcelId, parcel.id));
    expect(line?.scannedByUserId).toBe(world.staff.id);
    const [row] = await db.select().from(parcels).where(eq(parcels.id, parcel.id));
    expect(row?.pickedUpAt).not.toBeNull();
  });
});
