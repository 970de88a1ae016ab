import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createWorld } from "@/db/factories";
import { arrivalParcels } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import type { Actor } from "../actor";
import { loadUserActor } from "../auth/load-actor";
import { arrivalsAtRisk } from "./board";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let manager: Actor;
const ids: Record<string, string> = {};

/** A pickup at the mall store (America/Phoenix, UTC−7 all year) with parcels due, some ready. */
async function pickup(name: string, start: string, due: number, ready: number, status = "scheduled" as const) {
  const windowStart = new Date(start);
  const arrival = await createArrival(db, world.mallStore, {
    windowStart,
    windowEnd: new Date(windowStart.getTime() + 30 * 60_000),
    status,
  });
  for (let i = 0; i < due; i++) {
    const parcel = await createParcel(db, world.mallStore, {
      status: i < ready ? "ready" : "announced",
      dueArrivalId: arrival.id,
    });
    await db.insert(arrivalParcels).values({ arrivalId: arrival.id, parcelId: parcel.id, onManifest: true });
  }
  ids[name] = arrival.id;
}

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  manager = (await loadUserActor({ db, userId: world.manager.id }))!;
  // Phoenix's 9 June runs from 07:00 UTC on the 9th to 07:00 UTC on the 10th.
  await pickup("earlier today, still waiting", "2026-06-10T05:00:00Z", 3, 1);
  await pickup("late tonight, all ready", "2026-06-10T06:15:00Z", 2, 2);
  await pickup("after local midnight", "2026-06-10T07:30:00Z", 2, 0);
  await pickup("open across midnight", "2026-06-10T06:50:00Z", 1, 0);
  await pickup("yesterday", "2026-06-09T05:00:00Z", 1, 0);
  const done = await createArrival(db, world.mallStore, {
    windowStart: new Date("2026-06-10T04:00:00Z"),
    windowEnd: new Date("2026-06-10T04:30:00Z"),
    status: "completed",
  });
  const parcel = await createParcel(db, world.mallStore, { status: "announced", dueArrivalId: done.id });
  await db.insert(arrivalParcels).values({ arrivalId: done.id, parcelId: parcel.id, onManifest: true });
});

describe("today's arrivals at risk", () => {
  it("are the pickups of the partner's own local today with parcels not ready, soonest first", async () => {
    // 23:30 on 9 June in Phoenix, though already the 10th in UTC.
    const risky = await arrivalsAtRisk({ db, actor: manager, now: new Date("2026-06-10T06:30:00Z") });
    expect(risky.map((a) => a.id)).toEqual([ids["earlier today, still waiting"], ids["open across midnight"]]);
    expect(risky[0]).toMatchObject({
      due: 3,
      ready: 1,
      partnerCode: world.mallStore.code,
      timeZone: "America/Phoenix",
    });
  });

  it("keep a window that is open now, though it started before local midnight", async () => {
    // 00:05 on 10 June in Phoenix.
    const risky = await arrivalsAtRisk({ db, actor: manager, now: new Date("2026-06-10T07:05:00Z") });
    expect(risky.map((a) => a.id)).toEqual([ids["open across midnight"], ids["after local midnight"]]);
  });

  it("show a manager nothing of another region", async () => {
    const other = await createWorld(db);
    const stranger = (await loadUserActor({ db, userId: other.manager.id }))!;
    expect(await arrivalsAtRisk({ db, actor: stranger, now: new Date("2026-06-10T06:30:00Z") })).toEqual([]);
  });
});
