import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createWorld } from "@/db/factories";
import { arrivalParcels, events, type ParcelStatus, parcels } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { localDayOf, zonedTimeToInstant } from "@/lib/local-day";
import type { CarrierActor, UserActor } from "../actor";
import { loadUserActor } from "../auth/load-actor";
import { applyArrivalEvent } from "./carrier-events";
import { finishHandoff, handOverParcel, markDriverArrived, undoHandOver } from "./handoff";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let staff: UserActor;
let carrier: CarrierActor;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  staff = (await loadUserActor({ db, userId: world.staff.id }))!;
  carrier = { kind: "carrier", carrierId: world.carrier.id, label: "Carrier" };
});

/** An instant at a wall-clock time on the store's local today. */
function todayAt(time: string) {
  const tz = world.mallStore.timeZone;
  return zonedTimeToInstant(localDayOf(new Date(), tz), time, tz);
}

/** A pickup with its driver at the counter and the given parcels on its list. */
async function pickupAtCounter(statuses: ParcelStatus[], overrides: { driverName?: string; start?: Date } = {}) {
  const start = overrides.start ?? todayAt("17:00");
  const arrival = await createArrival(db, world.mallStore, {
    status: "arrived",
    windowStart: start,
    windowEnd: new Date(start.getTime() + 30 * 60_000),
    driverName: overrides.driverName ?? "Dana Driver",
  });
  const list = [];
  for (const status of statuses) {
    const parcel = await createParcel(db, world.mallStore, { status, dueArrivalId: arrival.id });
    await db.insert(arrivalParcels).values({ arrivalId: arrival.id, parcelId: parcel.id, onManifest: true });
    list.push(parcel);
  }
  return { arrival, list };
}

const handOver = (arrivalId: string, trackingId: string, anyway?: boolean) =>
  handOverParcel({ db, actor: staff, arrivalId, trackingId, anyway });

async function parcelRow(id: string) {
  const [row] = await db.select().from(parcels).where(eq(parcels.id, id));
  return row!;
}

async function eventsOf(parcelId: string) {
  return db.select().from(events).where(eq(events.parcelId, parcelId)).orderBy(events.id);
}

async function lineOf(arrivalId: string, parcelId: string) {
  const [line] = await db
    .select()
    .from(arrivalParcels)
    .where(and(eq(arrivalParcels.arrivalId, arrivalId), eq(arrivalParcels.parcelId, parcelId)));
  return line;
}

describe("the handoff checks each scan against this driver's list", () => {
  it("needs the driver at the store, then records each parcel handed over once", async () => {
    const arrival = await createArrival(db, world.mallStore);
    const parcel = await createParcel(db, world.mallStore, { status: "ready", dueArrivalId: arrival.id });
    await db.insert(arrivalParcels).values({ arrivalId: arrival.id, parcelId: parcel.id, onManifest: true });
    await expect(handOver(arrival.id, parcel.trackingId)).rejects.toThrow(/Confirm the driver has arrived/);
    await markDriverArrived({ db, actor: staff, arrivalId: arrival.id });
    expect(await handOver(arrival.id, parcel.trackingId)).toMatchObject({ status: "picked_up", changed: true });
    expect(await handOver(arrival.id, parcel.trackingId)).toMatchObject({ changed: false });
    expect((await lineOf(arrival.id, parcel.id))?.scannedByUserId).toBe(world.staff.id);
    expect((await parcelRow(parcel.id)).pickedUpAt).not.toBeNull();
  });

  it("refuses a parcel due on another driver's pickup, saying whose and when, and changes nothing", async () => {
    const { arrival } = await pickupAtCounter([]);
    const other = await pickupAtCounter(["ready"], { driverName: "Gabriel Peterson", start: todayAt("18:15") });
    const parcel = other.list[0]!;
    const before = await eventsOf(parcel.id);
    await expect(handOver(arrival.id, parcel.trackingId)).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "not_on_pickup",
      message: `Not on this driver's list: ${parcel.trackingId} — it is on Gabriel Peterson's 6:15 PM pickup.`,
    });
    // Refused with "anyway" too: confirming readiness is not moving a parcel between drivers.
    await expect(handOver(arrival.id, parcel.trackingId, true)).rejects.toMatchObject({ reason: "not_on_pickup" });
    expect(await parcelRow(parcel.id)).toMatchObject({ status: "ready", dueArrivalId: other.arrival.id });
    expect(await eventsOf(parcel.id)).toEqual(before);
    expect(await lineOf(arrival.id, parcel.id)).toBeUndefined();
  });

  it("says where the parcel belongs in the person's language, the time in their locale", async () => {
    const { arrival } = await pickupAtCounter([]);
    const other = await pickupAtCounter(["ready"], { driverName: "Gabriel Peterson", start: todayAt("18:15") });
    const parcel = other.list[0]!;
    await expect(
      handOverParcel({ db, actor: { ...staff, locale: "es" }, arrivalId: arrival.id, trackingId: parcel.trackingId }),
    ).rejects.toThrow(
      `No está en la lista de este repartidor: ${parcel.trackingId} — va en la recolección de Gabriel Peterson de las 18:15.`,
    );
  });

  it("names the day of a pickup on another day", async () => {
    const { arrival } = await pickupAtCounter([]);
    const tomorrow = new Date(todayAt("09:30").getTime() + 24 * 3600_000);
    const other = await pickupAtCounter(["ready"], { driverName: "Ivy Chen", start: tomorrow });
    const parcel = other.list[0]!;
    await expect(handOver(arrival.id, parcel.trackingId)).rejects.toThrow(
      /— it is on Ivy Chen's 9:30 AM pickup on \w{3}, \w{3} \d{1,2}\.$/,
    );
  });

  it("refuses a parcel on no pickup with a plain message", async () => {
    const { arrival } = await pickupAtCounter([]);
    const loose = await createParcel(db, world.mallStore, { status: "ready" });
    await expect(handOver(arrival.id, loose.trackingId)).rejects.toThrow(
      `Not on this driver's list: ${loose.trackingId} — it is on no pickup yet; keep it at the store.`,
    );
    expect((await parcelRow(loose.id)).status).toBe("ready");
  });

  it("asks before handing over a parcel on the list that was never marked ready", async () => {
    const { arrival, list } = await pickupAtCounter(["announced"]);
    const parcel = list[0]!;
    await expect(handOver(arrival.id, parcel.trackingId)).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "not_ready",
      message: "Not marked ready — hand over anyway?",
    });
    expect((await parcelRow(parcel.id)).status).toBe("announced");
    expect(await eventsOf(parcel.id)).toEqual([]);
    expect(await handOver(arrival.id, parcel.trackingId, true)).toMatchObject({ status: "picked_up", changed: true });
    const row = await parcelRow(parcel.id);
    expect(row.readyAt).not.toBeNull();
    expect((await eventsOf(parcel.id)).map((e) => e.toStatus)).toEqual(["ready", "picked_up"]);
  });

  it("answers another store's tracking ID as not found", async () => {
    const { arrival } = await pickupAtCounter([]);
    const elsewhere = await createParcel(db, world.ruralStore, { status: "at_store" });
    await expect(handOver(arrival.id, elsewhere.trackingId, true)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: `No parcel ${elsewhere.trackingId} at your store.`,
    });
  });

  it("matches a scan typed in another letter case", async () => {
    const { arrival, list } = await pickupAtCounter(["ready"]);
    const parcel = list[0]!;
    expect(await handOver(arrival.id, parcel.trackingId.toLowerCase())).toMatchObject({
      trackingId: parcel.trackingId,
      status: "picked_up",
    });
  });

  it("counts the same scan sent twice at once only once", async () => {
    const { arrival, list } = await pickupAtCounter(["ready", "announced"]);
    for (const [parcel, anyway] of [
      [list[0]!, false],
      [list[1]!, true],
    ] as const) {
      const results = await Promise.all([
        handOver(arrival.id, parcel.trackingId, anyway),
        handOver(arrival.id, parcel.trackingId, anyway),
      ]);
      expect(results.map((r) => r.changed).sort()).toEqual([false, true]);
      const moves = (await eventsOf(parcel.id)).filter((e) => e.toStatus === "picked_up");
      expect(moves).toHaveLength(1);
    }
  });
});

describe("undoing a mis-scan until the driver leaves", () => {
  it("puts the parcel back to ready, keeping when it was ready, and it can be scanned again", async () => {
    const { arrival, list } = await pickupAtCounter(["ready"]);
    const parcel = list[0]!;
    await handOver(arrival.id, parcel.trackingId);
    const readyAt = (await parcelRow(parcel.id)).readyAt;
    expect(
      await undoHandOver({ db, actor: staff, arrivalId: arrival.id, trackingId: parcel.trackingId }),
    ).toMatchObject({ status: "ready", changed: true });
    expect(await parcelRow(parcel.id)).toMatchObject({ status: "ready", pickedUpAt: null, readyAt });
    expect((await lineOf(arrival.id, parcel.id))?.scannedAt).toBeNull();
    // A second undo changes nothing; a parcel never handed over has nothing to undo.
    expect(
      await undoHandOver({ db, actor: staff, arrivalId: arrival.id, trackingId: parcel.trackingId }),
    ).toMatchObject({ changed: false });
    const loose = await createParcel(db, world.mallStore, { status: "picked_up" });
    await expect(
      undoHandOver({ db, actor: staff, arrivalId: arrival.id, trackingId: loose.trackingId }),
    ).rejects.toMatchObject({ reason: "not_handed_over" });
    expect(await handOver(arrival.id, parcel.trackingId)).toMatchObject({ status: "picked_up", changed: true });
  });

  it("is final once the driver has left, and the carrier's list stays the authority at departure", async () => {
    const { arrival, list } = await pickupAtCounter(["ready", "ready", "ready"]);
    const [taken, undone, scannedNotListed] = list as [(typeof list)[0], (typeof list)[0], (typeof list)[0]];
    for (const p of list) await handOver(arrival.id, p.trackingId);
    await undoHandOver({ db, actor: staff, arrivalId: arrival.id, trackingId: undone.trackingId });
    const { discrepancies } = await applyArrivalEvent({
      db,
      actor: carrier,
      externalId: arrival.externalId,
      event: { type: "departed", at: new Date().toISOString(), pickedUp: [taken.trackingId], droppedOff: [] },
    });
    expect(discrepancies).toEqual(
      expect.arrayContaining([
        { trackingId: undone.trackingId, kind: "not_taken" },
        { trackingId: scannedNotListed.trackingId, kind: "handoff_mismatch" },
      ]),
    );
    expect(discrepancies).toHaveLength(2);
    expect((await parcelRow(taken.id)).status).toBe("picked_up");
    await expect(
      undoHandOver({ db, actor: staff, arrivalId: arrival.id, trackingId: taken.trackingId }),
    ).rejects.toMatchObject({ reason: "handoff_final", message: "The driver has left: this handoff is final." });
    await expect(handOver(arrival.id, undone.trackingId)).rejects.toMatchObject({ reason: "handoff_final" });
  });
});

describe("finishing the handoff", () => {
  it("sums up what was handed over and what stays, and keeps it on the arrival's history", async () => {
    const { arrival, list } = await pickupAtCounter(["ready", "ready", "announced"]);
    await handOver(arrival.id, list[0]!.trackingId);
    const summary = await finishHandoff({ db, actor: staff, arrivalId: arrival.id });
    expect(summary).toEqual({
      handed: [list[0]!.trackingId],
      notHanded: [list[1]!.trackingId, list[2]!.trackingId].sort(),
    });
    const [event] = await db
      .select()
      .from(events)
      .where(and(eq(events.arrivalId, arrival.id), eq(events.subject, "arrival")));
    expect(event).toMatchObject({ type: "handoff_finished", data: summary });
  });
});
