import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createParcel, createUser, createWorld } from "@/db/factories";
import { deliveryAttempts } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { METERS_PER_MILE, pointAt } from "@/lib/distance";
import { createCaller } from "@/server/trpc/root";

let db: Db;
let home: Awaited<ReturnType<typeof createWorld>>;
let away: Awaited<ReturnType<typeof createWorld>>;
let trackingId: string;
let adminId: string;
const tappedAt = new Date(Date.now() - 3600_000);
const far = 10 * METERS_PER_MILE + 400;

beforeAll(async () => {
  db = (await testDatabase()).db;
  home = await createWorld(db);
  away = await createWorld(db);
  adminId = (await createUser(db, "admin")).id;
  const parcel = await createParcel(db, home.ruralStore, { status: "delivered", deliveredAt: tappedAt });
  trackingId = parcel.trackingId;
  const fix = pointAt(home.ruralStore, 45, far);
  await db.insert(deliveryAttempts).values({
    clientActionId: randomUUID(),
    parcelId: parcel.id,
    partnerId: home.ruralStore.id,
    outcome: "delivered",
    recipientName: "Jo Porch",
    lat: fix.lat,
    lng: fix.lng,
    accuracyMeters: 20,
    distanceMeters: far,
    outOfRadius: true,
    tappedAt,
  });
});

const as = (id: string, role: "store_owner" | "regional_manager" | "admin" | "store_staff") =>
  createCaller({ db, headers: new Headers(), sessionUser: { id, role } });

describe("proof of delivery on the parcel", () => {
  it("shows the recipient, tap time, fix, distance and the out-of-radius flag to the owner, the manager and an admin", async () => {
    for (const caller of [
      as(home.owner.id, "store_owner"),
      as(home.manager.id, "regional_manager"),
      as(adminId, "admin"),
    ]) {
      const parcel = await caller.parcels.get({ trackingId });
      expect(parcel.attempts).toHaveLength(1);
      const [attempt] = parcel.attempts;
      expect(attempt).toMatchObject({
        outcome: "delivered",
        recipientName: "Jo Porch",
        tappedAt,
        accuracyMeters: 20,
        distanceMeters: far,
        outOfRadius: true,
      });
      // Allowed: the 10-mile radius plus the fix's stated accuracy.
      expect(attempt!.allowedMeters).toBeCloseTo(10 * METERS_PER_MILE + 20, 3);
      expect(parcel.radiusMiles).toBe(10);
    }
  });

  it("is Not found for another region's manager and another store's owner", async () => {
    for (const caller of [as(away.manager.id, "regional_manager"), as(away.owner.id, "store_owner")]) {
      await expect(caller.parcels.get({ trackingId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
