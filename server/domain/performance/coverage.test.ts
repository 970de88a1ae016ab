import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createPartner, createUser, createWorld } from "@/db/factories";
import { arrivalParcels, arrivals, closureDays } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import type { UserActor } from "../actor";
import { loadUserActor } from "../auth/load-actor";
import { addDays, daysBetween, localDayOf, zonedTimeToInstant } from "../time/local-day";
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
  owner = (await loadUserActor(db, (await createUser(db, "store_owner", { partnerIds: [partner.id] })).id))!;
  manager = (await loadUserActor(db, world.manager.id))!;
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
  // d5: no drop at all. d6: the drop is there, not checked in yet.
  todayDrop = await dropOn(d6, { status: "arrived", arrivedAt: at(d6, "07:35") });
});

async function rollUp() {
  await markHistoryDirty(db, partner.id);
  await refreshAllStats(db);
}

describe("coverage gaps: no check-in by noon on a scheduled day", () => {
  it("counts a day serviced only with a check-in by 12:00 local; a late drop is still reconciled", async () => {
    const rows = await partnerFiguresFromRaw(db, owner, { from: d1, to: d5, partnerIds: [partner.id] });
    const byDay = Object.fromEntries(rows.map((r) => [r.day, r.counters]));
    expect(byDay[d1]).toMatchObject({ scheduledDays: 1, servicedDays: 1 });
    expect(byDay[d2]).toMatchObject({ scheduledDays: 1, servicedDays: 0, manifestRows: 1 });
    expect(byDay[d3]).toMatchObject({ scheduledDays: 0, servicedDays: 0 });
    expect(byDay[d4]).toMatchObject({ scheduledDays: 1, servicedDays: 0 });
    expect(figuresOf(summarize(rows)[0]!.counters).rural.daysServiced).toEqual({ numerator: 1, denominator: 4 });
  });

  it("shows today as a gap only once noon has passed without a check-in", async () => {
    expect(await storeCoverage(db, owner, partner.code, at(d6, "11:59"))).toMatchObject({
      today: d6,
      todayIsGap: false,
      checkInBy: at(d6, "12:00"),
    });
    const afterNoon = await storeCoverage(db, owner, partner.code, at(d6, "12:01"));
    expect(afterNoon.todayIsGap).toBe(true);
    // The previous 30 days, newest first: every scheduled day without a check-in by noon.
    const expected = daysBetween(addDays(d6, -30), addDays(d6, -1))
      .filter((d) => d !== d1 && d !== d3)
      .reverse();
    expect(afterNoon.gaps).toEqual(expected);
    expect(afterNoon.gaps).toEqual(expect.arrayContaining([d2, d4, d5]));
    // A closure day is never a gap, even after noon.
    expect((await storeCoverage(db, owner, partner.code, at(d3, "15:00"))).todayIsGap).toBe(false);
  });

  it("gives the manager's drill-down the same gaps, from the rollup", async () => {
    await rollUp();
    const now = at(d6, "12:01");
    const detail = await partnerDrilldown(db, manager, partner.code, { from: d1, to: d6 }, now);
    expect(detail.coverageGaps).toEqual([d2, d4, d5, d6]);
    const before = await partnerDrilldown(db, manager, partner.code, { from: d1, to: d6 }, at(d6, "11:00"));
    expect(before.coverageGaps).toEqual([d2, d4, d5]);

    // Checked in at noon exactly: on time.
    await db
      .update(arrivals)
      .set({ checkedInAt: at(d6, "12:00") })
      .where(eq(arrivals.id, todayDrop.id));
    await rollUp();
    const after = await partnerDrilldown(db, manager, partner.code, { from: d1, to: d6 }, now);
    expect(after.coverageGaps).toEqual([d2, d4, d5]);
    const store = await storeCoverage(db, owner, partner.code, now);
    expect(store.todayIsGap).toBe(false);
    expect(store.gaps.filter((d) => d >= d1).reverse()).toEqual(after.coverageGaps);
    expect(after.figures.rural.daysServiced).toEqual({ numerator: 2, denominator: 5 });

    const period = { from: d1, to: d6, partnerIds: [partner.id] };
    expect(await partnerFiguresFromRollup(db, manager, period)).toEqual(
      await partnerFiguresFromRaw(db, manager, period),
    );
  });
});
