import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createPartner, createWorld } from "@/db/factories";
import { arrivalParcels } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { addDays, localDayOf, zonedTimeToInstant } from "@/lib/local-day";
import type { Actor } from "@/server/domain/actor";
import { boardArrivals, mallBoard } from "@/server/domain/arrivals/board";
import { loadUserActor } from "@/server/domain/auth/load-actor";
import { boardOrder, countdown, needsWarning, progressLabel } from "./arrival-card";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
});

const minutes = (n: number) => n * 60_000;

/** A store of its own with one pickup at `start` (30-minute window) and its manifest. */
async function pickupOnBoard(start: Date, manifest: ("announced" | "ready")[]) {
  const store = await createPartner(db, {
    regionId: world.region.id,
    carrierId: world.carrier.id,
    mallId: world.mall.id,
  });
  const arrival = await createArrival(db, store, {
    kind: "pickup",
    windowStart: start,
    windowEnd: new Date(start.getTime() + minutes(30)),
  });
  for (const status of manifest) {
    const parcel = await createParcel(db, store, { status, dueArrivalId: arrival.id });
    await db.insert(arrivalParcels).values({ arrivalId: arrival.id, parcelId: parcel.id, onManifest: true });
  }
  const manager: Actor = (await loadUserActor({ db, userId: world.manager.id }))!;
  const [card] = await boardArrivals({ db, actor: manager, partnerIds: [store.id], now: start });
  return { ...card!, timeZone: store.timeZone };
}

describe("the arrival board's countdown and warning", () => {
  it("counts down to the window, then says due, then how late", async () => {
    const start = new Date(Date.now() + minutes(90));
    const card = await pickupOnBoard(start, ["ready"]);
    expect(countdown(card, start.getTime() - minutes(95))).toBe("in 1 h 35 min");
    expect(countdown(card, start.getTime() - minutes(25))).toBe("in 25 min");
    expect(countdown(card, start.getTime() + minutes(10))).toBe("due now");
    expect(countdown(card, start.getTime() + minutes(40))).toBe("late by 10 min");
  });

  it("warns when parcels are still not ready with the driver less than 30 minutes away", async () => {
    const start = new Date(Date.now() + minutes(60));
    const card = await pickupOnBoard(start, ["ready", "announced"]);
    expect(card).toMatchObject({ due: 2, ready: 1 });
    expect(needsWarning(card, start.getTime() - minutes(31))).toBe(false);
    expect(needsWarning(card, start.getTime() - minutes(30))).toBe(true);
    expect(needsWarning(card, start.getTime() + minutes(5))).toBe(true);
  });

  it("does not warn when everything due is ready", async () => {
    const start = new Date(Date.now() + minutes(60));
    const card = await pickupOnBoard(start, ["ready", "ready"]);
    expect(card).toMatchObject({ due: 2, ready: 2 });
    expect(needsWarning(card, start.getTime() - minutes(10))).toBe(false);
  });

  it("stops counting once the driver has come", async () => {
    const start = new Date(Date.now() + minutes(60));
    const card = await pickupOnBoard(start, ["announced"]);
    const arrived = { ...card, status: "arrived" as const };
    expect(countdown(arrived, start.getTime())).toBeNull();
    expect(needsWarning(arrived, start.getTime())).toBe(false);
  });
});

/** A new mall store whose arrivals are made at its local times, and its board as a manager sees it. */
async function storeBoard() {
  const store = await createPartner(db, {
    regionId: world.region.id,
    carrierId: world.carrier.id,
    mallId: world.mall.id,
  });
  const tz = store.timeZone;
  const today = localDayOf(new Date(), tz);
  const at = (time: string, dayOffset = 0) => zonedTimeToInstant(addDays(today, dayOffset), time, tz);
  const make = (driverName: string, windowStart: Date, status: "scheduled" | "completed" | "arrived") =>
    createArrival(db, store, {
      driverName,
      windowStart,
      windowEnd: new Date(windowStart.getTime() + minutes(30)),
      status,
    });
  const onBoard = async (now: Date, allDays = false) => {
    const manager: Actor = (await loadUserActor({ db, userId: world.manager.id }))!;
    const board = await boardArrivals({ db, actor: manager, partnerIds: [store.id], now });
    return boardOrder(
      board.map((a) => ({ ...a, timeZone: tz })),
      now.getTime(),
      allDays,
    ).map((a) => a.driverName);
  };
  return { at, make, onBoard };
}

describe("the board's order and counts", () => {
  it("lists today's drivers still to come first, then today's finished visits, and other days only when asked", async () => {
    const { at, make, onBoard } = await storeBoard();
    await make("yesterday done", at("16:00", -1), "completed");
    await make("morning done", at("09:00"), "completed");
    await make("evening to come", at("18:00"), "scheduled");
    await make("afternoon to come", at("13:00"), "scheduled");
    await make("tomorrow", at("10:00", 1), "scheduled");
    const noon = at("12:00");
    expect(await onBoard(noon)).toEqual(["afternoon to come", "evening to come", "morning done"]);
    expect(await onBoard(noon, true)).toEqual([
      "afternoon to come",
      "evening to come",
      "tomorrow",
      "yesterday done",
      "morning done",
    ]);
  });

  it("shows late at night the driver due after midnight, and just after midnight the one late from yesterday", async () => {
    const { at, make, onBoard } = await storeBoard();
    await make("just after midnight", at("00:20", 1), "scheduled");
    await make("tomorrow morning", at("09:00", 1), "scheduled");
    await make("done just after midnight", at("00:10", 1), "completed");
    await make("late from the evening", at("23:00"), "scheduled");
    await make("at the counter since yesterday", at("23:30", -1), "arrived");

    expect(await onBoard(at("23:40"))).toEqual([
      "at the counter since yesterday",
      "late from the evening",
      "just after midnight",
    ]);
    // Past midnight the evening's late driver is yesterday's, and still shown; the morning's is today's now.
    expect(await onBoard(at("00:05", 1))).toEqual([
      "late from the evening",
      "just after midnight",
      "tomorrow morning",
      "done just after midnight",
    ]);
  });

  it("counts a drop-off by what was scanned in, never by readiness", async () => {
    const rural = await createArrival(db, world.ruralStore, { kind: "dropoff" });
    for (const scanned of [true, false, false]) {
      const parcel = await createParcel(db, world.ruralStore, { status: scanned ? "at_store" : "announced" });
      await db
        .insert(arrivalParcels)
        .values({ arrivalId: rural.id, parcelId: parcel.id, onManifest: true, scannedAt: scanned ? new Date() : null });
    }
    const manager: Actor = (await loadUserActor({ db, userId: world.manager.id }))!;
    const [card] = await boardArrivals({
      db,
      actor: manager,
      partnerIds: [world.ruralStore.id],
      now: rural.windowStart,
    });
    const drop = { ...card!, timeZone: world.ruralStore.timeZone };
    expect(progressLabel(drop)).toBe("1/3 scanned in");
    expect(progressLabel({ ...drop, kind: "pickup" })).toBe(`${drop.ready}/3 ready`);
  });

  it("puts every retailer of the mall on its board, those with no arrival included", async () => {
    const idle = await createPartner(db, {
      regionId: world.region.id,
      carrierId: world.carrier.id,
      mallId: world.mall.id,
    });
    const manager: Actor = (await loadUserActor({ db, userId: world.manager.id }))!;
    const board = await mallBoard({ db, actor: manager, mallId: world.mall.id });
    expect(board.retailers.map((r) => r.id)).toContain(idle.id);
    expect(board.arrivals.some((a) => a.partnerId === idle.id)).toBe(false);
  });
});
