import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createWorld } from "@/db/factories";
import { arrivalParcels, closureDays, deliveryAttempts } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { addDays, localDayBounds, localDayOf } from "@/lib/local-day";
import type { Actor } from "../actor";
import { loadUserActor } from "../auth/load-actor";
import { programHeadline } from "./columns";
import { dailyCountersFromRollup, partnerHeadlineSeries, regionDailySeries } from "./daily";
import { addCountersInto, emptyCounters, figuresOf } from "./definitions";
import { previousPeriod } from "./period";
import { partnerFiguresFromRaw } from "./raw";
import { recomputePartnerDays } from "./rollup";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let manager: Actor;
const today = localDayOf(new Date(), "America/Chicago");
const week = { from: addDays(today, -6), to: today };
/** A time of a local day n days ago in the partner's own zone (today's may still be ahead). */
const at = (partner: { timeZone: string }, n: number, hour: number, minute = 0) =>
  new Date(localDayBounds(addDays(today, -n), partner.timeZone).start.getTime() + (hour * 60 + minute) * 60_000);

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  manager = (await loadUserActor({ db, userId: world.manager.id }))!;
  const { mallStore, ruralStore } = world;

  // Rural, 2 days ago: two parcels received, one delivered. The second arrives at 23:30 there,
  // already the next day in UTC: it still counts on the store's own day.
  for (const [hour, minute, delivered] of [
    [8, 0, true],
    [23, 30, false],
  ] as const) {
    const parcel = await createParcel(db, ruralStore, {
      status: delivered ? "delivered" : "at_store",
      announcedAt: at(ruralStore, 2, 7),
      receivedAt: at(ruralStore, 2, hour, minute),
      deliveredAt: delivered ? at(ruralStore, 2, 10) : null,
    });
    if (delivered) {
      await db.insert(deliveryAttempts).values({
        clientActionId: randomUUID(),
        parcelId: parcel.id,
        partnerId: ruralStore.id,
        outcome: "delivered",
        tappedAt: at(ruralStore, 2, 10),
      });
    }
  }
  // In the previous week, 9 days ago: one parcel received and delivered the same day.
  await createParcel(db, ruralStore, {
    status: "delivered",
    announcedAt: at(ruralStore, 9, 7),
    receivedAt: at(ruralStore, 9, 8),
    deliveredAt: at(ruralStore, 9, 12),
  });
  await db.insert(closureDays).values({ partnerId: ruralStore.id, day: addDays(today, -4) });

  // Mall, 1 day ago: a completed pickup with four parcels due, three ready by the window start.
  const arrival = await createArrival(db, mallStore, {
    status: "completed",
    windowStart: at(mallStore, 1, 15),
    windowEnd: at(mallStore, 1, 16),
    arrivedAt: at(mallStore, 1, 15),
    departedAt: at(mallStore, 1, 15, 10),
  });
  for (const readyHour of [10, 11, 12, 17]) {
    const parcel = await createParcel(db, mallStore, {
      status: "picked_up",
      announcedAt: at(mallStore, 1, 9),
      readyAt: at(mallStore, 1, readyHour),
      dueArrivalId: arrival.id,
    });
    await db.insert(arrivalParcels).values({ arrivalId: arrival.id, parcelId: parcel.id, onManifest: true });
  }
  // Straight from the raw tables: another file's refresh may have claimed these partners' days.
  for (const partner of [mallStore, ruralStore]) {
    await recomputePartnerDays({
      db,
      stale: { partnerId: partner.id, from: addDays(today, -16), to: addDays(today, 1) },
    });
  }
});

describe("the region's daily series", () => {
  it("sums every partner's own local days exactly as the raw tables count them", async () => {
    const period = previousPeriod(week.from, week.to);
    const span = { from: period.from, to: week.to };
    const series = await dailyCountersFromRollup({ db, actor: manager, period: span });
    expect(series.map((d) => d.day)).toEqual(Array.from({ length: 14 }, (_, i) => addDays(span.from, i)));

    const raw = await partnerFiguresFromRaw({ db, actor: manager, ...span });
    for (const { day, counters } of series) {
      const expected = emptyCounters();
      for (const row of raw.filter((r) => r.day === day)) addCountersInto(expected, row.counters);
      // The series sums integer counters only; medians are the drill-down's.
      expect(counters).toEqual({ ...expected, prepMinutes: {}, driverWaitMinutes: {} });
    }
  });

  it("gives one point per day of a 7-day period, beside the same day of the 7 before", async () => {
    const series = await regionDailySeries({ db, actor: manager, period: week });
    expect(series.previousPeriod).toEqual(previousPeriod(week.from, week.to));
    expect(series.days).toHaveLength(7);
    expect(series.days.map((d) => d.day)).toEqual(Array.from({ length: 7 }, (_, i) => addDays(week.from, i)));
    expect(series.days.map((d) => d.previousDay)).toEqual(
      Array.from({ length: 7 }, (_, i) => addDays(series.previousPeriod.from, i)),
    );

    const day = (n: number) => series.days.find((d) => d.day === addDays(today, -n))!;
    expect(day(2).figures.completion).toBe(0.5);
    expect(day(2).figures.sameDay).toBe(1);
    expect(day(2).figures.proof).toBe(0);
    expect(day(1).figures.readyOnTime).toBe(0.75);
    // Nothing measured is no value, not zero.
    expect(day(3).figures.completion).toBeNull();
    expect(day(3).figures.readyOnTime).toBeNull();
    // 9 days ago is the fifth day of the previous week (today − 13 … today − 7).
    expect(series.days[4]!.previousDay).toBe(addDays(today, -9));
    expect(series.days[4]!.previous.completion).toBe(1);
  });

  it("narrows to one mall, and shows nothing of another region", async () => {
    const mall = await regionDailySeries({ db, actor: manager, period: week, mallId: world.mall.id });
    expect(mall.days.find((d) => d.day === addDays(today, -1))!.figures.readyOnTime).toBe(0.75);
    expect(mall.days.every((d) => d.figures.completion === null)).toBe(true);

    const other = await createWorld(db);
    const stranger = (await loadUserActor({ db, userId: other.manager.id }))!;
    const theirs = await regionDailySeries({ db, actor: stranger, period: week });
    expect(theirs.days).toHaveLength(7);
    expect(theirs.days.every((d) => Object.values(d.figures).every((v) => v === null))).toBe(true);
    await expect(regionDailySeries({ db, actor: stranger, period: week, mallId: world.mall.id })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
  });

  it("refuses store staff", async () => {
    const staff = (await loadUserActor({ db, userId: world.staff.id }))!;
    await expect(regionDailySeries({ db, actor: staff, period: week })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("each partner's headline by day", () => {
  it("is the program's own figure on each local day, as the raw tables count it", async () => {
    const { days, partners } = await partnerHeadlineSeries({ db, actor: manager, period: week });
    expect(days).toHaveLength(7);
    expect(partners.map((p) => p.partnerId).sort()).toEqual([world.mallStore.id, world.ruralStore.id].sort());
    const raw = await partnerFiguresFromRaw({ db, actor: manager, ...week });
    for (const p of partners) {
      expect(p.values).toHaveLength(7);
      const program = p.partnerId === world.mallStore.id ? "mall_pickup" : "local_delivery";
      expect(p.figure).toBe(programHeadline(program).key);
      expect(p.values).toEqual(
        days.map((day) => {
          const row = raw.find((r) => r.partnerId === p.partnerId && r.day === day)!;
          return programHeadline(program).value(figuresOf(row.counters));
        }),
      );
    }
    const rural = partners.find((p) => p.partnerId === world.ruralStore.id)!;
    expect(rural.values[days.indexOf(addDays(today, -2))]).toBe(0.5);
    expect(rural.values.filter((v) => v !== null)).toHaveLength(1);
  });
});
