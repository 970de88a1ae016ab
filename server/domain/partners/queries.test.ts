import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createWorld } from "@/db/factories";
import { testDatabase } from "@/db/testing/database";
import { loadUserActor } from "../auth/load-actor";
import { storeToday } from "./queries";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
});

describe("storeToday", () => {
  it("counts what the store has in hand plus what finished on its local today, and names the next driver", async () => {
    // 15:00 UTC is 08:00 in Phoenix: the store's day began at 07:00 UTC.
    const now = new Date("2026-11-24T15:00:00Z");
    const store = world.mallStore; // America/Phoenix
    await createParcel(db, store, { status: "announced" });
    await createParcel(db, store, { status: "announced" });
    await createParcel(db, store, { status: "ready" });
    await createParcel(db, store, { status: "picked_up", statusChangedAt: new Date("2026-11-24T08:00:00Z") });
    // Picked up yesterday evening local time (before 07:00 UTC): not today's.
    await createParcel(db, store, { status: "picked_up", statusChangedAt: new Date("2026-11-24T06:30:00Z") });
    const done = await createArrival(db, store, {
      status: "completed",
      windowStart: new Date("2026-11-24T14:00:00Z"),
      windowEnd: new Date("2026-11-24T14:30:00Z"),
    });
    const next = await createArrival(db, store, {
      windowStart: new Date("2026-11-24T18:00:00Z"),
      windowEnd: new Date("2026-11-24T18:30:00Z"),
      driverName: "Next Driver",
    });
    await createArrival(db, store, {
      windowStart: new Date("2026-11-25T18:00:00Z"),
      windowEnd: new Date("2026-11-25T18:30:00Z"),
    });

    const staff = (await loadUserActor({ db, userId: world.staff.id }))!;
    const today = await storeToday({ db, actor: staff, code: store.code, now });
    expect(today.day).toBe("2026-11-24");
    expect(today.countsByStatus).toEqual({ announced: 2, ready: 1, picked_up: 1 });
    expect(today.arrivals.map((a) => a.id)).toEqual([done.id, next.id]);
    expect(today.nextArrival?.driverName).toBe("Next Driver");
  });
});
