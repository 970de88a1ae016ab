import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createParcel, createWorld } from "@/db/factories";
import { parcels } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import type { UserActor } from "../actor";
import { loadUserActor } from "../auth/load-actor";
import { markManyReady, markReady, undoReady } from "./store-actions";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let staff: UserActor;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  staff = (await loadUserActor({ db, userId: world.staff.id }))!;
});

describe("scan to ready", () => {
  it("marks a parcel ready, and undo puts it back until pickup", async () => {
    const parcel = await createParcel(db, world.mallStore);
    expect(await markReady({ db: db, actor: staff, trackingId: parcel.trackingId })).toMatchObject({
      status: "ready",
      changed: true,
    });
    expect(await undoReady({ db: db, actor: staff, trackingId: parcel.trackingId })).toMatchObject({
      status: "announced",
      changed: true,
    });
  });

  it("answers each impossible scan with a specific message", async () => {
    const other = await createParcel(db, world.ruralStore);
    const pickedUp = await createParcel(db, world.mallStore, { status: "picked_up" });
    const cancelled = await createParcel(db, world.mallStore, { status: "cancelled" });
    await expect(markReady({ db: db, actor: staff, trackingId: "HX-NOPE-1" })).rejects.toThrow(
      "No parcel HX-NOPE-1 at your store.",
    );
    await expect(markReady({ db: db, actor: staff, trackingId: other.trackingId })).rejects.toThrow(
      `No parcel ${other.trackingId} at your store.`,
    );
    await expect(markReady({ db: db, actor: staff, trackingId: pickedUp.trackingId })).rejects.toThrow(
      /is picked up; it cannot become ready/,
    );
    await expect(markReady({ db: db, actor: staff, trackingId: cancelled.trackingId })).rejects.toThrow(
      /is cancelled; it cannot become ready/,
    );
    await expect(undoReady({ db: db, actor: staff, trackingId: pickedUp.trackingId })).rejects.toThrow(
      /is picked up; it cannot become announced/,
    );
  });

  it("marks many: each parcel succeeds or fails on its own", async () => {
    const a = await createParcel(db, world.mallStore);
    const b = await createParcel(db, world.mallStore, { status: "picked_up" });
    const outcomes = await markManyReady({ db, actor: staff, trackingIds: [a.trackingId, b.trackingId] });
    expect(outcomes).toEqual([
      { trackingId: a.trackingId, ok: true, status: "ready", changed: true },
      { trackingId: b.trackingId, ok: false, message: expect.stringMatching(/is picked up/) },
    ]);
  });
});

describe("tracking IDs in any letter case", () => {
  it("matches a scan regardless of case when only one parcel fits", async () => {
    const parcel = await createParcel(db, world.mallStore, { trackingId: `Case${Date.now()}Mix` });
    expect(await markReady({ db, actor: staff, trackingId: parcel.trackingId.toUpperCase() })).toMatchObject({
      trackingId: parcel.trackingId,
      status: "ready",
    });
  });

  it("refuses a scan two parcels differing only by case would both fit, unless typed exactly", async () => {
    const base = `dupabc${Date.now()}`;
    const upper = await createParcel(db, world.mallStore, { trackingId: base.toUpperCase() });
    const lower = await createParcel(db, world.mallStore, { trackingId: base });
    await expect(markReady({ db, actor: staff, trackingId: `D${base.slice(1)}` })).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "ambiguous_tracking_id",
      message: expect.stringMatching(/differ only by letter case; type the tracking ID exactly as on the label\.$/),
    });
    expect(await markReady({ db, actor: staff, trackingId: lower.trackingId })).toMatchObject({
      trackingId: lower.trackingId,
    });
    const [row] = await db.select().from(parcels).where(eq(parcels.id, upper.id));
    expect(row?.status).toBe("announced");
  });
});
