import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createCarrier, createParcel, createPartner, createRegion, createUser } from "@/db/factories";
import { partnerDayStats } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { addDays, localDayOf, zonedTimeToInstant } from "@/lib/local-day";
import { systemActor } from "../actor";
import { loadUserActor } from "../auth/load-actor";
import { performanceDashboard } from "./dashboard";
import { partnerFiguresFromRaw } from "./raw";

const CHICAGO = "America/Chicago";
const PHOENIX = "America/Phoenix";

let db: Db;
let managerId: string;
let chicago: Awaited<ReturnType<typeof createPartner>>;
let phoenix: Awaited<ReturnType<typeof createPartner>>;
// 00:30 yesterday in Chicago: Phoenix (an hour or two behind, all year) is still on the day before.
const chicagoDay = addDays(localDayOf(new Date(), CHICAGO), -1);
const now = zonedTimeToInstant(chicagoDay, "00:30", CHICAGO);
const phoenixDay = localDayOf(now, PHOENIX);

beforeAll(async () => {
  db = (await testDatabase()).db;
  const region = await createRegion(db);
  const carrier = await createCarrier(db);
  // Phoenix's name sorts first: the old code read every partner's days in the first partner's zone.
  phoenix = await createPartner(
    db,
    { regionId: region.id, carrierId: carrier.id },
    { name: "A Phoenix store", timeZone: PHOENIX },
  );
  chicago = await createPartner(
    db,
    { regionId: region.id, carrierId: carrier.id },
    { name: "B Chicago store", timeZone: CHICAGO },
  );
  managerId = (await createUser(db, "regional_manager", { regionIds: [region.id] })).id;
  // Each store receives (and delivers) one parcel at 20:00 on Phoenix's "today" (the day before Chicago's).
  for (const store of [phoenix, chicago]) {
    const at = zonedTimeToInstant(phoenixDay, "20:00", store.timeZone);
    await createParcel(db, store, { status: "delivered", announcedAt: at, receivedAt: at, deliveredAt: at });
  }
  // Rolled up as the refresh job would, for these two partners only (other files refresh theirs).
  const rows = await partnerFiguresFromRaw({
    db,
    actor: systemActor,
    from: addDays(phoenixDay, -14),
    to: chicagoDay,
    partnerIds: [phoenix.id, chicago.id],
  });
  await db
    .insert(partnerDayStats)
    .values(rows.map((r) => ({ partnerId: r.partnerId, day: r.day, counters: r.counters })));
});

describe("presets on the performance page, in each partner's own local days", () => {
  it("'Today' is each partner's own today when their local days differ", async () => {
    expect(phoenixDay).toBe(addDays(chicagoDay, -1));
    const manager = (await loadUserActor({ db, userId: managerId }))!;
    const dashboard = await performanceDashboard({ db, actor: manager, period: { preset: "today" }, now });
    const row = (id: string) => dashboard.partners.find((p) => p.id === id)!;
    expect(row(phoenix.id).period).toEqual({ from: phoenixDay, to: phoenixDay });
    expect(row(chicago.id).period).toEqual({ from: chicagoDay, to: chicagoDay });
    // A parcel received today in Phoenix; yesterday in Chicago.
    expect(row(phoenix.id).figures.rural.deliveryCompletion.denominator).toBe(1);
    expect(row(chicago.id).figures.rural.deliveryCompletion.denominator).toBe(0);
    expect(row(chicago.id).previousPeriod).toEqual({ from: phoenixDay, to: phoenixDay });
    expect(dashboard.periodsDiffer).toBe(true);
    expect(dashboard.period).toEqual({ from: phoenixDay, to: chicagoDay });
  });

  it("7 days end on each partner's own today", async () => {
    const manager = (await loadUserActor({ db, userId: managerId }))!;
    const dashboard = await performanceDashboard({ db, actor: manager, period: { preset: "7" }, now });
    const row = (id: string) => dashboard.partners.find((p) => p.id === id)!;
    expect(row(phoenix.id).period).toEqual({ from: addDays(phoenixDay, -6), to: phoenixDay });
    expect(row(chicago.id).period).toEqual({ from: addDays(chicagoDay, -6), to: chicagoDay });
    expect(row(chicago.id).figures.rural.deliveryCompletion.denominator).toBe(1);
  });

  it("an explicit range is the same local days for every partner", async () => {
    const manager = (await loadUserActor({ db, userId: managerId }))!;
    const dashboard = await performanceDashboard({
      db,
      actor: manager,
      period: { from: phoenixDay, to: phoenixDay },
      now,
    });
    for (const row of dashboard.partners) expect(row.period).toEqual({ from: phoenixDay, to: phoenixDay });
    expect(dashboard.periodsDiffer).toBe(false);
  });
});
