import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createParcel, createWorld } from "@/db/factories";
import { testDatabase } from "@/db/testing/database";
import { addDays, localDayOf, zonedTimeToInstant } from "@/lib/local-day";
import { createCaller } from "@/server/trpc/root";
import { loadUserActor } from "../auth/load-actor";
import { monthlyStatement } from "../deliveries/earnings-statement";
import { partnerFiguresFromRaw, summarize } from "../performance/raw";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
const zone = "America/Chicago";
const today = localDayOf(new Date(), zone);
const thisMonth = today.slice(0, 7);
const lastMonthDay = addDays(`${thisMonth}-01`, -10);
const lastMonth = lastMonthDay.slice(0, 7);

const delivered = (day: string) =>
  createParcel(db, world.ruralStore, {
    status: "delivered",
    receivedAt: zonedTimeToInstant(day, "08:00", zone),
    deliveredAt: zonedTimeToInstant(day, "09:00", zone),
  });

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db); // the rural store opens at $2.50 a parcel
  await delivered(lastMonthDay);
  await delivered(lastMonthDay);
});

const manager = () =>
  createCaller({ db, headers: new Headers(), sessionUser: { id: world.manager.id, role: "regional_manager" } });
const owner = async () => (await loadUserActor({ db, userId: world.owner.id }))!;

describe("pay rate history", () => {
  it("a new rate applies from its day onward: last month's earnings stay, new deliveries earn the new rate", async () => {
    const before = await monthlyStatement({
      db,
      actor: await owner(),
      partnerCode: world.ruralStore.code,
      month: lastMonth,
    });
    expect(before.totalCents).toBe(500);

    await manager().partners.setPayRate({ code: world.ruralStore.code, rateCents: 300 });
    await delivered(today);

    const after = await monthlyStatement({
      db,
      actor: await owner(),
      partnerCode: world.ruralStore.code,
      month: lastMonth,
    });
    expect(after.totalCents).toBe(500);
    expect(after.monthRatesCents).toEqual([250]);
    const now = await monthlyStatement({
      db,
      actor: await owner(),
      partnerCode: world.ruralStore.code,
      month: thisMonth,
    });
    expect(now.days.find((d) => d.day === today)).toEqual({ day: today, parcels: 1, cents: 300 });
    expect(now.payRateCents).toBe(300);

    // The manager's figures agree: each day at its own rate.
    const raw = await partnerFiguresFromRaw({
      db,
      actor: await owner(),
      from: lastMonthDay,
      to: today,
      partnerIds: [world.ruralStore.id],
    });
    expect(summarize(raw)[0]!.counters.earningsCents).toBe(800);

    const history = await manager().partners.payRates({ code: world.ruralStore.code });
    expect(history.currentCents).toBe(300);
    expect(history.rates).toEqual([
      { effectiveFrom: today, rateCents: 300, upcoming: false },
      { effectiveFrom: null, rateCents: 250, upcoming: false },
    ]);
  });

  it("a change may be planned ahead; it does not touch today", async () => {
    const next = addDays(today, 7);
    await manager().partners.setPayRate({ code: world.ruralStore.code, rateCents: 325, effectiveFrom: next });
    const history = await manager().partners.payRates({ code: world.ruralStore.code });
    expect(history.currentCents).toBe(300);
    expect(history.rates[0]).toEqual({ effectiveFrom: next, rateCents: 325, upcoming: true });
  });

  it("refuses a start day in the past and a negative rate, each in plain words", async () => {
    await expect(
      manager().partners.setPayRate({ code: world.ruralStore.code, rateCents: 100, effectiveFrom: addDays(today, -1) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^A new rate starts today/) });
    await expect(manager().partners.setPayRate({ code: world.ruralStore.code, rateCents: -5 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "The pay per parcel cannot be negative.",
    });
    expect((await manager().partners.payRates({ code: world.ruralStore.code })).currentCents).toBe(300);
  });
});
