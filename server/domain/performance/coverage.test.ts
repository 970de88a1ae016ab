import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createPartner, createUser, createWorld } from "@/db/factories";
import { arrivalParcels, arrivals, closureDays } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { addDays, localDayOf, zonedTimeToInstant } from "@/lib/local-day";
import type { UserActor } from "../actor";
import { loadUserActor } from "../auth/load-actor";
import { storeCoverage } from "./coverage";
import { figuresOf } from "./definitions";
import { partnerDrilldown } from "./drilldown";
import { partnerFiguresFromRaw, summarize } from "./raw";
import { markHistoryDirty, partnerFiguresFromRollup, refreshAllStats } from "./rollup";

const tz = "America/Chicago";
let db: Db;
let partner: Awaited<ReturnType<typeof createPartner>>;
let owner: UserActor;
let manager: UserActor;
let todayDrop: { id: string };

// Six local days three weeks back, the sixth playing "today".
const base = addDays(localDayOf(new Date(), tz), -20);
const [d1, d2, d3, d4, d5, d6] = [0, 1, 2, 3, 4, 5].map((n) => addDays(base, n)) as [
  string,
  string,
  string,
  string,
  string,
  string,
];
const at = (day: string, time: string) => zonedTimeToInstant(day, time, tz);

beforeAll(async () => {
  db = (await testDatabase()).db;
  const world = await createWorld(db);
  partner = await createPartner(db, { regionId: world.region.id, carrierId: world.carrier.id }, { timeZone: tz });
  owner = (await loadUserActor({
    db,
    userId: (await createUser(db, "store_owner", { partnerIds: [partner.id] })).id,
  }))!;
  manager = (await loadUserActor({ db, userId: world.manager.id }))!;
  const dropOn = (day: string, fields: Partial<typeof arrivals.$inferInsert>) =>
    createArrival(db, partner, { windowStart: at(day, "07:30"), windowEnd: at(day, "08:30"), ...fields });

  // d1: checked in at 09:00, serviced.
  await dropOn(d1, { status: "completed", checkedInAt: at(d1, "09:00") });
  // d2: checked in at 12:30, after noon: a gap, though the drop is still reconciled.
  const late = await dropOn(d2, { status: "completed", checkedInAt: at(d2, "12:30") });
  const parcel = await createParcel(db, partner, { announcedAt: at(d1, "06:00"), status: "at_store" });
  await db.insert(arrivalParcels).values({ arrivalId: late.id, parcelId: parcel.id, scannedAt: at(d2, "12:25") });
  // d3: a closure day, nothing scheduled.
  await db.insert(closureDays).values({ partnerId: partner.id, day: d3, reason: "Inventory" });
  // d4: the carrier says it dropped off; nobody checked it in.
  await dropOn(d4, { status: "completed", arrivedAt: at(d4, "07:40"), departedAt: at(d4, "07:50") });
  // d5: no drop due: the carrier called its drop off. d6: the drop is there, not checked in yet.
  await dropOn(d5, { status: "cancelled" });
  todayDrop = await dropOn(d6, { status: "arrived", arrivedAt: at(d6, "07:35") });
});

async function rollUp() {
  await markHistoryDirty({ db, partnerId: partner.id });
  await refreshAllStats({ db });
}

describe("coverage gaps: a drop-off due, not a closure day, and no check-in by noon", () => {
  it("counts a day serviced only with a check-in by 12:00 local; a late drop is still reconciled", async () => {
    const rows = await partnerFiguresFromRaw({ db, actor: owner, from: d1, to: d5, partnerIds: [partner.id] });
    const byDay = Object.fromEntries(rows.map((r) => [r.day, r.counters]));
    expect(byDay[d1]).toMatchObject({ scheduledDays: 1, servicedDays: 1 });
    expect(byDay[d2]).toMatchObject({ scheduledDays: 1, servicedDays: 0, manifestRows: 1 });
    expect(byDay[d3]).toMatchObject({ scheduledDays: 0, servicedDays: 0 });
    expect(byDay[d4]).toMatchObject({ scheduledDays: 1, servicedDays: 0 });
    // No drop-off due (none scheduled, or called off): not a scheduled day.
    expect(byDay[d5]).toMatchObject({ scheduledDays: 0, servicedDays: 0 });
    expect(byDay[addDays(d1, -1)]).toBeUndefined();
    expect(figuresOf(summarize(rows)[0]!.counters).rural.daysServiced).toEqual({ numerator: 1, denominator: 3 });
  });

  it("shows today as a gap only once noon has passed without a check-in", async () => {
    expect(await storeCoverage({ db, actor: owner, partnerCode: partner.code, now: at(d6, "11:59") })).toMatchObject({
      today: d6,
      todayIsGap: false,
      checkInBy: at(d6, "12:00"),
    });
    const afterNoon = await storeCoverage({ db, actor: owner, partnerCode: partner.code, now: at(d6, "12:01") });
    expect(afterNoon.todayIsGap).toBe(true);
    // The last 30 days and today, newest first: days with a drop due and no check-in by noon.
    // Days with no drop-off due (d5, and every day before d1) are not gaps.
    expect(afterNoon.gaps).toEqual([d6, d4, d2]);
    expect((await storeCoverage({ db, actor: owner, partnerCode: partner.code, now: at(d6, "11:00") })).gaps).toEqual([
      d4,
      d2,
    ]);
    expect(
      (await storeCoverage({ db, actor: owner, partnerCode: partner.code, now: at(d5, "15:00") })).todayIsGap,
    ).toBe(false);
    // A closure day is never a gap, even after noon.
    expect(
      (await storeCoverage({ db, actor: owner, partnerCode: partner.code, now: at(d3, "15:00") })).todayIsGap,
    ).toBe(false);
  });

  it("gives the manager's drill-down the same gaps as the store sees", async () => {
    await rollUp();
    const now = at(d6, "12:01");
    const detail = await partnerDrilldown({
      db,
      actor: manager,
      partnerCode: partner.code,
      period: { from: d1, to: d6 },
      now: now,
    });
    expect(detail.coverageGaps).toEqual([d6, d4, d2]);
    const before = await partnerDrilldown({
      db,
      actor: manager,
      partnerCode: partner.code,
      period: { from: d1, to: d6 },
      now: at(d6, "11:00"),
    });
    expect(before.coverageGaps).toEqual([d4, d2]);

    // Checked in at noon exactly: on time.
    await db
      .update(arrivals)
      .set({ checkedInAt: at(d6, "12:00") })
      .where(eq(arrivals.id, todayDrop.id));
    await rollUp();
    const after = await partnerDrilldown({
      db,
      actor: manager,
      partnerCode: partner.code,
      period: { from: d1, to: d6 },
      now: now,
    });
    expect(after.coverageGaps).toEqual([d4, d2]);
    const store = await storeCoverage({ db, actor: owner, partnerCode: partner.code, now: now });
    expect(store.todayIsGap).toBe(false);
    expect(store.gaps).toEqual(after.coverageGaps);
    expect(after.figures.rural.daysServiced).toEqual({ numerator: 2, denominator: 4 });

    const period = { from: d1, to: d6, partnerIds: [partner.id] };
    expect(await partnerFiguresFromRollup({ db, actor: manager, ...period })).toEqual(
      await partnerFiguresFromRaw({ db, actor: manager, ...period }),
    );
  });
});
