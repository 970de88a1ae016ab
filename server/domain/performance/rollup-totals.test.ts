import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createUser, createWorld } from "@/db/factories";
import { arrivalParcels, closureDays, countedKeys, deliveryAttempts, failureReasons } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { addDays, localDayBounds, localDayOf } from "@/lib/local-day";
import { systemActor } from "../actor";
import { loadUserActor } from "../auth/load-actor";
import { emptyCounters } from "./definitions";
import { previousPeriod } from "./period";
import { partnerFiguresFromRaw, summarize } from "./raw";
import { markHistoryDirty, partnerFiguresFromRollup, refreshAllStats } from "./rollup";
import { partnerTotalsFromRollup } from "./rollup-totals";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
const today = localDayOf(new Date(), "America/Chicago");
const period = { from: addDays(today, -13), to: today };
const before = previousPeriod(period.from, period.to);
/** An hour of a local day n days ago in the partner's zone (today's may still be ahead). */
const at = (partner: { timeZone: string }, n: number, hour: number) =>
  new Date(localDayBounds(addDays(today, -n), partner.timeZone).start.getTime() + hour * 3600_000);

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  const { mallStore, ruralStore } = world;

  // History starts 10 days ago: the previous period has no rollup rows at all.
  for (const n of [10, 6, 2, 0]) {
    const received = await createParcel(db, ruralStore, {
      status: "delivered",
      announcedAt: at(ruralStore, n, 7),
      receivedAt: at(ruralStore, n, 8),
      deliveredAt: at(ruralStore, n, 10),
    });
    await db.insert(deliveryAttempts).values({
      clientActionId: randomUUID(),
      parcelId: received.id,
      partnerId: ruralStore.id,
      outcome: n === 6 ? "failed" : "delivered",
      failureReason: n === 6 ? "no_access" : null,
      tappedAt: at(ruralStore, n, 10),
    });
  }
  // One drop-off due, checked in by noon: the period's one scheduled and serviced day.
  await createArrival(db, ruralStore, {
    status: "completed",
    windowStart: at(ruralStore, 2, 7),
    windowEnd: at(ruralStore, 2, 8),
    checkedInAt: at(ruralStore, 2, 9),
  });
  // A closure day inside the rolled-up history, and one in the previous period with no row.
  await db.insert(closureDays).values([
    { partnerId: ruralStore.id, day: addDays(today, -5) },
    { partnerId: ruralStore.id, day: addDays(before.from, 3) },
  ]);

  // Mall: prep times and a completed pickup with a driver wait, on two days.
  for (const n of [8, 1]) {
    const arrival = await createArrival(db, mallStore, {
      status: "completed",
      windowStart: at(mallStore, n, 15),
      windowEnd: at(mallStore, n, 16),
      arrivedAt: at(mallStore, n, 15),
      departedAt: new Date(at(mallStore, n, 15).getTime() + (7 + n) * 60_000),
    });
    for (const minutes of [12, 30 + n, 95]) {
      const parcel = await createParcel(db, mallStore, {
        status: "picked_up",
        announcedAt: at(mallStore, n, 9),
        readyAt: new Date(at(mallStore, n, 9).getTime() + minutes * 60_000),
        dueArrivalId: arrival.id,
      });
      await db.insert(arrivalParcels).values({ arrivalId: arrival.id, parcelId: parcel.id, onManifest: true });
    }
  }
  for (const partner of [mallStore, ruralStore]) await markHistoryDirty({ db, partnerId: partner.id });
  await refreshAllStats({ db });
});

describe("per-partner totals summed by the database", () => {
  it("cover every integer counter and failure reason", () => {
    const integers = Object.entries(emptyCounters())
      .filter(([, value]) => typeof value === "number")
      .map(([key]) => key);
    expect([...countedKeys].sort()).toEqual(
      [...integers, ...failureReasons.map((reason) => `failedAttempts.${reason}`)].sort(),
    );
  });

  it("agree exactly with the raw path, for both periods at once", async () => {
    const partnerIds = [world.mallStore.id, world.ruralStore.id];
    const [now, then] = await partnerTotalsFromRollup({
      db,
      actor: systemActor,
      periods: [period, before],
      partnerIds,
    });
    expect(now).toEqual(summarize(await partnerFiguresFromRaw({ db, actor: systemActor, ...period, partnerIds })));
    expect(then).toEqual(summarize(await partnerFiguresFromRaw({ db, actor: systemActor, ...before, partnerIds })));
    expect(now).toEqual(summarize(await partnerFiguresFromRollup({ db, actor: systemActor, ...period, partnerIds })));

    const rural = now!.find((t) => t.partnerId === world.ruralStore.id)!.counters;
    // Only a day with a drop-off due is scheduled.
    expect(rural).toMatchObject({ received: 4, deliveredAttempts: 3, scheduledDays: 1, servicedDays: 1 });
    expect(rural.failedAttempts.no_access).toBe(1);
    const mall = now!.find((t) => t.partnerId === world.mallStore.id)!.counters;
    expect(Object.values(mall.prepMinutes).reduce((a, b) => a + b, 0)).toBe(6);
    expect(mall.driverWaitMinutes).toEqual({ 8: 1, 15: 1 });
    expect(then!.find((t) => t.partnerId === world.ruralStore.id)!.counters.scheduledDays).toBe(0);
  });

  it("show a manager only the partners of their regions", async () => {
    const manager = (await loadUserActor({ db, userId: world.manager.id }))!;
    const [mine] = await partnerTotalsFromRollup({ db, actor: manager, periods: [period] });
    expect(mine!.map((t) => t.partnerId).sort()).toEqual([world.mallStore.id, world.ruralStore.id].sort());
    const other = await createWorld(db);
    const stranger = (await loadUserActor({ db, userId: other.manager.id }))!;
    const [theirs] = await partnerTotalsFromRollup({
      db,
      actor: stranger,
      periods: [period],
      partnerIds: [world.mallStore.id, world.ruralStore.id],
    });
    expect(theirs).toEqual([]);
    const lone = (await loadUserActor({ db, userId: (await createUser(db, "regional_manager")).id }))!;
    expect(await partnerTotalsFromRollup({ db, actor: lone, periods: [period, before] })).toEqual([[], []]);
  });
});
