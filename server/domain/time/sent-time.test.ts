import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createPartner, createWorld } from "@/db/factories";
import { arrivalParcels, deliveryAttempts, partnerDayStats } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { createCaller } from "@/server/trpc/root";
import { markHistoryDirty, markStatsDirty, refreshAllStats } from "../performance/rollup";
import { acceptSentTime } from "./sent-time";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
});

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const owner = () =>
  createCaller({ db, headers: new Headers(), sessionUser: { id: world.owner.id, role: world.owner.role } });

describe("the rule for a time a device or a carrier sends", () => {
  const now = new Date("2026-11-24T15:00:00Z");
  const partnerCreatedAt = new Date("2026-06-01T00:00:00Z");
  const check = (at: Date, kind: "happened" | "expected" | "planned" = "happened") =>
    acceptSentTime({ at, field: "tappedAt", partnerCreatedAt, kind, now });

  it("takes a device time a little ahead (a fast clock) as now, and keeps a past one", () => {
    expect(check(new Date(now.getTime() + 3 * MINUTE))).toEqual(now);
    expect(check(new Date(now.getTime() + 20 * 3_600_000))).toEqual(now);
    const earlier = new Date(now.getTime() - 45 * MINUTE);
    expect(check(earlier)).toEqual(earlier);
  });

  it("refuses a time more than a day ahead, before the partner existed, or older than a year, naming the field", () => {
    for (const at of [
      new Date(now.getTime() + DAY + MINUTE),
      new Date("9999-12-31T00:00:00Z"),
      new Date("2026-05-01T00:00:00Z"),
      new Date(now.getTime() - 400 * DAY),
    ]) {
      expect(() => check(at)).toThrowError(
        expect.objectContaining({ code: "BAD_REQUEST", reason: "time_out_of_range" }),
      );
      expect(() => check(at)).toThrowError(/tappedAt/);
    }
  });

  it("lets a planned time lie ahead within the horizon, kept as sent", () => {
    const nextWeek = new Date(now.getTime() + 7 * DAY);
    expect(check(nextWeek, "planned")).toEqual(nextWeek);
    expect(() => check(nextWeek, "expected")).toThrowError(/more than a day ahead/);
    expect(() => check(new Date(now.getTime() + 90 * DAY), "planned")).toThrowError(/ahead/);
  });
});

describe("device times on deliveries and scans", () => {
  it("refuses a delivery log dated far ahead or far back, recording nothing", async () => {
    const parcel = await createParcel(db, world.ruralStore, { status: "at_store" });
    const log = (tappedAt: Date) =>
      owner().deliveries.log({
        clientActionId: randomUUID(),
        trackingId: parcel.trackingId,
        outcome: "failed",
        failureReason: "no_access",
        tappedAt,
      });
    for (const tappedAt of [
      new Date("9999-12-31T00:00:00Z"),
      new Date(Date.now() + 2 * DAY),
      new Date("0000-01-01T00:00:00Z"),
      new Date(Date.now() - 2 * 365 * DAY),
    ]) {
      await expect(log(tappedAt)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(log(new Date(Date.now() + 2 * DAY))).rejects.toThrow(/tappedAt is more than a day ahead/);
    const [row] = await db
      .select({ n: count() })
      .from(deliveryAttempts)
      .where(eq(deliveryAttempts.parcelId, parcel.id));
    expect(row?.n).toBe(0);
  });

  it("stores a delivery log and a scan a few minutes ahead as now", async () => {
    const parcel = await createParcel(db, world.ruralStore, { status: "at_store" });
    const before = Date.now();
    await owner().deliveries.log({
      clientActionId: randomUUID(),
      trackingId: parcel.trackingId,
      outcome: "failed",
      failureReason: "no_access",
      tappedAt: new Date(before + 4 * MINUTE),
    });
    const [attempt] = await db.select().from(deliveryAttempts).where(eq(deliveryAttempts.parcelId, parcel.id));
    expect(attempt!.tappedAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(attempt!.tappedAt.getTime()).toBeLessThanOrEqual(Date.now());

    const drop = await createArrival(db, world.ruralStore, {
      windowStart: new Date(before - 30 * MINUTE),
      windowEnd: new Date(before + 30 * MINUTE),
    });
    const scanned = await createParcel(db, world.ruralStore);
    await db.insert(arrivalParcels).values({ arrivalId: drop.id, parcelId: scanned.id, onManifest: true });
    await owner().deliveries.scanIn({
      arrivalId: drop.id,
      trackingId: scanned.trackingId,
      scannedAt: new Date(Date.now() + 4 * MINUTE),
    });
    const [line] = await db
      .select()
      .from(arrivalParcels)
      .where(and(eq(arrivalParcels.arrivalId, drop.id), eq(arrivalParcels.parcelId, scanned.id)));
    expect(line!.scannedAt!.getTime()).toBeLessThanOrEqual(Date.now());
  });
});

describe("rollup refresh over bad stored times", () => {
  it("stays within a bounded range of days, whatever a parcel's stored time says", async () => {
    const store = await createPartner(db, { regionId: world.region.id, carrierId: world.carrier.id });
    // Written directly, as no boundary would let them in: year 9999 and year 1.
    const future = await createParcel(db, store, { announcedAt: new Date("9999-12-31T00:00:00Z") });
    await createParcel(db, store, { announcedAt: new Date("0001-01-01T00:00:00Z") });
    await markStatsDirty({ db, partnerId: store.id, parcelId: future.id, at: new Date("9999-12-31T00:00:00Z") });
    await markHistoryDirty({ db, partnerId: store.id });
    await refreshAllStats({ db });
    const [row] = await db.select({ n: count() }).from(partnerDayStats).where(eq(partnerDayStats.partnerId, store.id));
    // A year back (the store is new), and the planning horizon ahead.
    expect(row!.n).toBeGreaterThan(0);
    expect(row!.n).toBeLessThanOrEqual(366 + 62 + 2);
  });
});
