import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createPartner, createWorld } from "@/db/factories";
import { arrivalParcels, arrivals, parcels } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { sweepMissedArrivals } from "./sweep";

// Windows long past, so the sweep at `now` touches only this file's arrivals in the shared database.
const now = new Date("2020-03-02T16:30:00Z");
const at = (time: string) => new Date(`2020-03-02T${time}:00Z`);

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
});

async function onManifest(arrivalId: string, parcelIds: string[]) {
  await db.insert(arrivalParcels).values(parcelIds.map((parcelId) => ({ arrivalId, parcelId, onManifest: true })));
  for (const id of parcelIds) await db.update(parcels).set({ dueArrivalId: arrivalId }).where(eq(parcels.id, id));
}

async function manifestLine(arrivalId: string, parcelId: string) {
  const [line] = await db
    .select()
    .from(arrivalParcels)
    .where(and(eq(arrivalParcels.arrivalId, arrivalId), eq(arrivalParcels.parcelId, parcelId)));
  return line;
}

async function statusOf(arrivalId: string) {
  const [row] = await db.select({ status: arrivals.status }).from(arrivals).where(eq(arrivals.id, arrivalId));
  return row!.status;
}

describe("the missed-arrival sweep", () => {
  it("marks a pickup that never came as missed: every due parcel is the driver's miss and rolls to the next pickup", async () => {
    const store = world.mallStore;
    const missed = await createArrival(db, store, { kind: "pickup", windowStart: at("15:00"), windowEnd: at("15:30") });
    const next = await createArrival(db, store, {
      kind: "pickup",
      windowStart: new Date("2020-03-03T15:00:00Z"),
      windowEnd: new Date("2020-03-03T15:30:00Z"),
    });
    const ready = await createParcel(db, store, { status: "ready" });
    const notReady = await createParcel(db, store, { status: "announced" });
    const gone = await createParcel(db, store, { status: "picked_up" });
    await onManifest(missed.id, [ready.id, notReady.id, gone.id]);

    await sweepMissedArrivals({ db, now });

    expect(await statusOf(missed.id)).toBe("missed");
    // Not ready or not, the driver never came: the store is not blamed ("not_ready" would).
    for (const parcel of [ready, notReady]) {
      expect((await manifestLine(missed.id, parcel.id))?.discrepancy).toBe("not_taken");
      expect(await manifestLine(next.id, parcel.id)).toMatchObject({ onManifest: true });
      const [row] = await db.select().from(parcels).where(eq(parcels.id, parcel.id));
      expect(row).toMatchObject({ dueArrivalId: next.id, status: parcel.status });
    }
    // A parcel no longer waiting is nobody's miss.
    expect((await manifestLine(missed.id, gone.id))?.discrepancy).toBeNull();
    expect(await manifestLine(next.id, gone.id)).toBeUndefined();
    expect(await statusOf(next.id)).toBe("scheduled");
  });

  it("leaves an arrival alone within the grace after its window, and sweeps each miss once", async () => {
    const store = await createPartner(db, {
      regionId: world.region.id,
      carrierId: world.carrier.id,
      mallId: world.mall.id,
    });
    // Its window closed 20 minutes before `now`: still within the grace.
    const late = await createArrival(db, store, { kind: "pickup", windowStart: at("15:40"), windowEnd: at("16:10") });
    const missed = await createArrival(db, store, { kind: "pickup", windowStart: at("14:00"), windowEnd: at("14:30") });
    const parcel = await createParcel(db, store, { status: "ready" });
    await onManifest(missed.id, [parcel.id]);

    await sweepMissedArrivals({ db, now });
    expect(await statusOf(late.id)).toBe("scheduled");
    expect(await statusOf(missed.id)).toBe("missed");
    // Rolled to the one still to come.
    expect(await manifestLine(late.id, parcel.id)).toMatchObject({ onManifest: true });

    await sweepMissedArrivals({ db, now });
    expect(await statusOf(missed.id)).toBe("missed");
    const lines = await db.select().from(arrivalParcels).where(eq(arrivalParcels.parcelId, parcel.id));
    expect(lines).toHaveLength(2);
  });

  it("marks a drop-off that never came as missed, blaming no parcel", async () => {
    const store = world.ruralStore;
    const dropoff = await createArrival(db, store, {
      kind: "dropoff",
      windowStart: at("06:00"),
      windowEnd: at("06:30"),
    });
    const parcel = await createParcel(db, store, { status: "announced" });
    await onManifest(dropoff.id, [parcel.id]);
    await sweepMissedArrivals({ db, now });
    expect(await statusOf(dropoff.id)).toBe("missed");
    expect((await manifestLine(dropoff.id, parcel.id))?.discrepancy).toBeNull();
  });
});
