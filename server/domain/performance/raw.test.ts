import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  createArrival,
  createCarrier,
  createMall,
  createParcel,
  createPartner,
  createRegion,
  createUser,
} from "@/db/factories";
import { arrivalParcels, closureDays, deliveryAttempts, type FailureReason, proofFiles } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import type { UserActor } from "../actor";
import { loadUserActor } from "../auth/load-actor";
import { type Counters, emptyCounters, figuresOf, fraction } from "./definitions";
import { type PartnerDayRow, partnerFiguresFromRaw, previousPeriod, rollUp, summarize } from "./raw";

/**
 * A hand-built fortnight in America/New_York around the end of daylight saving: 2026-11-01 is
 * a 25-hour day (local midnight is 04:00Z before it, 05:00Z after). The period is Fri 10-30 to
 * Sun 11-01; 10-31 is the rural store's closure day. Instants just either side of local
 * midnight sit on a different UTC date than local date, so a UTC grouping would get them wrong.
 */
const period = { from: "2026-10-30", to: "2026-11-01" };
const t = (iso: string) => new Date(iso);

let db: Db;
let ids: { m1: string; m2: string; rural: string; other: string; mall: string; region: string };
let managerA: UserActor;
let managerB: UserActor;
let staffM1: UserActor;

beforeAll(async () => {
  db = (await testDatabase()).db;
  const region = await createRegion(db, { timeZone: "America/New_York" });
  const otherRegion = await createRegion(db);
  const carrier = await createCarrier(db);
  const mall = await createMall(db, region.id, { timeZone: "America/New_York", lat: 38.9177, lng: -77.2218 });
  const ny = { timeZone: "America/New_York", lat: 38.9177, lng: -77.2218 };
  const m1 = await createPartner(db, { regionId: region.id, carrierId: carrier.id, mallId: mall.id }, ny);
  const m2 = await createPartner(db, { regionId: region.id, carrierId: carrier.id, mallId: mall.id }, ny);
  const rural = await createPartner(db, { regionId: region.id, carrierId: carrier.id }, { ...ny, payRateCents: 300 });
  const other = await createPartner(db, { regionId: otherRegion.id, carrierId: carrier.id });
  ids = { m1: m1.id, m2: m2.id, rural: rural.id, other: other.id, mall: mall.id, region: region.id };
  managerA = (await loadUserActor({
    db,
    userId: (await createUser(db, "regional_manager", { regionIds: [region.id] })).id,
  }))!;
  managerB = (await loadUserActor({
    db,
    userId: (await createUser(db, "regional_manager", { regionIds: [otherRegion.id] })).id,
  }))!;
  staffM1 = (await loadUserActor({ db, userId: (await createUser(db, "store_staff", { partnerIds: [m1.id] })).id }))!;

  const manifest = (arrivalId: string, parcelId: string, extra: Partial<typeof arrivalParcels.$inferInsert> = {}) =>
    db.insert(arrivalParcels).values({ arrivalId, parcelId, onManifest: true, ...extra });

  // ── Mall store M1.
  const parcel = (overrides: Parameters<typeof createParcel>[2]) => createParcel(db, m1, overrides);
  const p1 = await parcel({
    status: "picked_up",
    announcedAt: t("2026-10-31T14:00:00Z"),
    readyAt: t("2026-10-31T14:30:59Z"),
  });
  const p2 = await parcel({
    status: "ready",
    announcedAt: t("2026-10-31T14:00:00Z"),
    readyAt: t("2026-10-31T19:30:00Z"),
  });
  const p3 = await parcel({
    status: "ready",
    announcedAt: t("2026-10-31T15:00:00Z"),
    readyAt: t("2026-10-31T18:00:00Z"),
  });
  // Cancelled by the carrier before the window: not due.
  const p4 = await parcel({
    status: "cancelled",
    announcedAt: t("2026-10-31T14:00:00Z"),
    statusChangedAt: t("2026-10-31T17:00:00Z"),
  });
  // Marked ready at 13:20, undone at 13:40, never ready again: its stale ready_at must not count.
  const p5 = await parcel({
    status: "announced",
    announcedAt: t("2026-10-31T13:00:00Z"),
    readyAt: t("2026-10-31T13:20:00Z"),
    statusChangedAt: t("2026-10-31T13:40:00Z"),
  });
  // Handed over though not on the manifest: a handoff mismatch.
  const p6 = await parcel({
    status: "picked_up",
    announcedAt: t("2026-10-31T18:00:00Z"),
    readyAt: t("2026-10-31T18:50:00Z"),
  });
  const p7 = await parcel({ status: "announced", announcedAt: t("2026-11-01T14:00:00Z") });
  const p8 = await parcel({ status: "announced", announcedAt: t("2026-11-02T03:00:00Z") });
  // Ready 22:00 EDT on 10-29 (02:00Z on 10-30): the previous period.
  const p9 = await parcel({
    status: "picked_up",
    announcedAt: t("2026-10-30T01:00:00Z"),
    readyAt: t("2026-10-30T02:00:00Z"),
  });
  // Ready 23:50 EDT on 10-31 (03:50Z on 11-01): counts on 10-31.
  await parcel({ status: "ready", announcedAt: t("2026-11-01T03:00:00Z"), readyAt: t("2026-11-01T03:50:00Z") });

  const pickup = (overrides: Parameters<typeof createArrival>[2]) => createArrival(db, m1, overrides);
  // 23:30 EDT on 10-29 (UTC 10-30): the previous period.
  const a0 = await pickup({
    windowStart: t("2026-10-30T03:30:00Z"),
    windowEnd: t("2026-10-30T04:00:00Z"),
    status: "completed",
    arrivedAt: t("2026-10-30T03:28:00Z"),
    departedAt: t("2026-10-30T03:32:59Z"),
  });
  await manifest(a0.id, p9.id);
  const a1 = await pickup({
    windowStart: t("2026-10-31T19:00:00Z"),
    windowEnd: t("2026-10-31T19:30:00Z"),
    status: "completed",
    arrivedAt: t("2026-10-31T19:02:00Z"),
    departedAt: t("2026-10-31T19:12:30Z"),
  });
  await manifest(a1.id, p1.id);
  await manifest(a1.id, p2.id, { discrepancy: "not_ready" });
  await manifest(a1.id, p3.id, { discrepancy: "not_taken" });
  await manifest(a1.id, p4.id);
  await manifest(a1.id, p5.id, { discrepancy: "not_ready" });
  await manifest(a1.id, p6.id, { onManifest: false, discrepancy: "handoff_mismatch" });
  // 23:30 EST on 11-01 (04:30Z on 11-02, the 25th hour of the day): a driver no-show on 11-01.
  const a2 = await pickup({
    windowStart: t("2026-11-02T04:30:00Z"),
    windowEnd: t("2026-11-02T05:00:00Z"),
    status: "missed",
  });
  await manifest(a2.id, p2.id, { discrepancy: "not_taken" });
  await manifest(a2.id, p3.id, { discrepancy: "not_taken" });
  await manifest(a2.id, p5.id, { discrepancy: "not_ready" });
  // Cancelled by the carrier: counts nowhere.
  const a3 = await pickup({
    windowStart: t("2026-11-01T16:00:00Z"),
    windowEnd: t("2026-11-01T16:30:00Z"),
    status: "cancelled",
  });
  await manifest(a3.id, p7.id, { discrepancy: "not_ready" });
  // 00:10 EST on 11-02: after the period, though its UTC date is the period's last day + 1.
  const a4 = await pickup({
    windowStart: t("2026-11-02T05:10:00Z"),
    windowEnd: t("2026-11-02T05:40:00Z"),
    status: "completed",
    arrivedAt: t("2026-11-02T05:10:00Z"),
    departedAt: t("2026-11-02T05:20:00Z"),
  });
  await manifest(a4.id, p8.id, { discrepancy: "not_ready" });

  // ── Mall store M2, same mall.
  const q1 = await createParcel(db, m2, {
    status: "picked_up",
    announcedAt: t("2026-11-01T15:00:00Z"),
    readyAt: t("2026-11-01T15:40:00Z"),
  });
  const b1 = await createArrival(db, m2, {
    windowStart: t("2026-11-01T17:00:00Z"),
    windowEnd: t("2026-11-01T17:30:00Z"),
    status: "completed",
    arrivedAt: t("2026-11-01T16:58:00Z"),
    departedAt: t("2026-11-01T17:18:00Z"),
  });
  await manifest(b1.id, q1.id);

  // ── Rural store R, closed on 10-31.
  await db.insert(closureDays).values({ partnerId: rural.id, day: "2026-10-31", reason: "Halloween" });
  const rp = (overrides: Parameters<typeof createParcel>[2]) =>
    createParcel(db, rural, { announcedAt: t("2026-10-28T20:00:00Z"), ...overrides });
  const r0 = await rp({ status: "cancelled" });
  const r1 = await rp({
    status: "delivered",
    receivedAt: t("2026-11-01T12:10:00Z"),
    deliveredAt: t("2026-11-01T15:00:00Z"),
    promisedBy: t("2026-11-02T01:00:00Z"),
  });
  const r2 = await rp({
    status: "delivered",
    receivedAt: t("2026-11-01T12:10:00Z"),
    deliveredAt: t("2026-11-02T14:00:00Z"),
    promisedBy: t("2026-11-02T01:00:00Z"),
  });
  // Delivered 23:40 EST on 11-01 (04:40Z on 11-02): same local day, but after the promise.
  const r3 = await rp({
    status: "delivered",
    receivedAt: t("2026-11-01T12:10:00Z"),
    deliveredAt: t("2026-11-02T04:40:00Z"),
    promisedBy: t("2026-11-02T01:00:00Z"),
  });
  const r4 = await rp({ status: "returned", receivedAt: t("2026-11-01T12:10:00Z") });
  const r5 = await rp({ status: "cancelled" });
  const r6 = await rp({ status: "attempted", receivedAt: t("2026-11-01T12:15:00Z"), failedAttempts: 2 });
  // Received 23:30 and delivered 23:50 EST on 11-01 (UTC 11-02).
  const r7 = await rp({
    status: "delivered",
    receivedAt: t("2026-11-02T04:30:00Z"),
    deliveredAt: t("2026-11-02T04:50:00Z"),
    promisedBy: t("2026-11-02T05:00:00Z"),
  });
  // Received and delivered late on 10-29 EDT (UTC 10-30): the previous period.
  const r8 = await rp({
    status: "delivered",
    receivedAt: t("2026-10-30T03:30:00Z"),
    deliveredAt: t("2026-10-30T03:45:00Z"),
    promisedBy: t("2026-10-30T04:00:00Z"),
  });
  // Received 00:10 EST on 11-02: after the period.
  await rp({ status: "at_store", receivedAt: t("2026-11-02T05:10:00Z") });

  const drop = (overrides: Parameters<typeof createArrival>[2]) => createArrival(db, rural, overrides);
  // 10-28: the driver is there, never checked in: reconciled, but not serviced (the noon rule).
  await drop({ windowStart: t("2026-10-28T11:00:00Z"), windowEnd: t("2026-10-28T12:00:00Z"), status: "arrived" });
  // 10-29: completed per the carrier, never checked in: reconciled, but not serviced.
  const d0 = await drop({
    windowStart: t("2026-10-29T11:00:00Z"),
    windowEnd: t("2026-10-29T12:00:00Z"),
    status: "completed",
  });
  await manifest(d0.id, r8.id);
  // 10-30: nobody checked it in: not serviced, and its manifest is not reconciled.
  const d1 = await drop({
    windowStart: t("2026-10-30T11:00:00Z"),
    windowEnd: t("2026-10-30T12:00:00Z"),
    status: "missed",
  });
  await manifest(d1.id, r0.id);
  const d3 = await drop({
    windowStart: t("2026-11-01T12:00:00Z"),
    windowEnd: t("2026-11-01T13:00:00Z"),
    status: "completed",
    arrivedAt: t("2026-11-01T11:55:00Z"),
    departedAt: t("2026-11-01T12:25:00Z"),
    checkedInAt: t("2026-11-01T12:20:00Z"),
  });
  for (const p of [r1, r2, r3]) await manifest(d3.id, p.id);
  await manifest(d3.id, r4.id, { discrepancy: "damaged" });
  await manifest(d3.id, r5.id, { discrepancy: "missing" });
  await manifest(d3.id, r6.id, { onManifest: false, discrepancy: "unexpected" });

  const photo = async (parcelId: string) => {
    const [row] = await db
      .insert(proofFiles)
      .values({
        partnerId: rural.id,
        parcelId,
        kind: "photo",
        storage: "local",
        key: `test/${randomUUID()}.jpg`,
        contentType: "image/jpeg",
        bytes: 1000,
      })
      .returning();
    return row!.id;
  };
  const attempt = async (
    parcelId: string,
    tappedAt: string,
    result: { delivered: true; photo: boolean } | { delivered: false; reason: FailureReason | null },
    outOfRadius = false,
  ) =>
    db.insert(deliveryAttempts).values({
      clientActionId: randomUUID(),
      parcelId,
      partnerId: rural.id,
      outcome: result.delivered ? "delivered" : "failed",
      failureReason: result.delivered ? null : result.reason,
      photoId: result.delivered && result.photo ? await photo(parcelId) : null,
      outOfRadius,
      tappedAt: t(tappedAt),
    });
  await attempt(r1.id, "2026-11-01T15:00:00Z", { delivered: true, photo: true });
  await attempt(r2.id, "2026-11-01T16:00:00Z", { delivered: false, reason: "recipient_unavailable" });
  await attempt(r2.id, "2026-11-02T14:00:00Z", { delivered: true, photo: false }); // 09:00 EST on 11-02
  await attempt(r3.id, "2026-11-02T04:40:00Z", { delivered: true, photo: true }, true);
  await attempt(r6.id, "2026-11-01T17:00:00Z", { delivered: false, reason: "no_access" });
  await attempt(r6.id, "2026-11-01T18:00:00Z", { delivered: false, reason: null }, true);
  await attempt(r7.id, "2026-11-02T04:50:00Z", { delivered: true, photo: false });
  await attempt(r8.id, "2026-10-30T03:45:00Z", { delivered: true, photo: true });

  // ── A store of the other region, with something to see.
  await createParcel(db, other, { status: "at_store", receivedAt: t("2026-10-31T15:00:00Z") });
});

type Expected = Partial<Omit<Counters, "failedAttempts">> & { failedAttempts?: Partial<Record<FailureReason, number>> };

function counters(expected: Expected = {}): Counters {
  const base = emptyCounters();
  return { ...base, ...expected, failedAttempts: { ...base.failedAttempts, ...expected.failedAttempts } };
}

function day(rows: PartnerDayRow[], partnerId: string, localDay: string): Counters {
  const row = rows.find((r) => r.partnerId === partnerId && r.day === localDay);
  if (!row) throw new Error(`no row for ${localDay}`);
  return row.counters;
}

describe("partnerFiguresFromRaw", () => {
  let rows: PartnerDayRow[];
  beforeAll(async () => {
    rows = await partnerFiguresFromRaw({ db, actor: managerA, ...period });
  });

  it("gives one row per partner in scope and local day", () => {
    expect(rows).toHaveLength(3 * 3); // M1, M2, R × 10-30, 10-31, 11-01
    expect(new Set(rows.map((r) => r.partnerId))).toEqual(new Set([ids.m1, ids.m2, ids.rural]));
  });

  it("counts a mall store's arrivals on their window start's local day", () => {
    // 10-30 is empty: A0 (03:30Z on 10-30) is 23:30 EDT on 10-29.
    expect(day(rows, ids.m1, "2026-10-30")).toEqual(counters());
    expect(day(rows, ids.m1, "2026-10-31")).toEqual(
      counters({
        pickupArrivals: 1, // A1
        parcelsDue: 4, // p1 p2 p3 p5 (p4 cancelled before the window, p6 not on the manifest)
        readyOnTime: 2, // p1 (14:30:59 ≤ 19:00), p3 (18:00); p2 ready 19:30; p5's ready mark was undone at 13:40
        missedNotReady: 2, // p2 p5
        missedNotTaken: 1, // p3
        handoffMismatches: 1, // p6
        driverWaitMinutes: { 10: 1 }, // 19:02 → 19:12:30 = 10.5, floored
        // p1 30 (30:59 floored), p2 14:00→19:30 = 330, p3 15:00→18:00 = 180, p6 50,
        // and 03:00Z→03:50Z on 11-01 = 50, which is 23:50 EDT on 10-31
        prepMinutes: { 30: 1, 50: 2, 180: 1, 330: 1 },
      }),
    );
    // A2 at 04:30Z on 11-02 is 23:30 EST on 11-01 (the 25-hour day); A3 cancelled; A4 is 00:10 on 11-02.
    expect(day(rows, ids.m1, "2026-11-01")).toEqual(
      counters({
        pickupArrivals: 1,
        noShowArrivals: 1,
        parcelsDue: 3, // p2 p3 p5, rolled from A1
        readyOnTime: 2, // p2 (ready 10-31 19:30Z), p3; p5 still announced
        missedNotReady: 1, // p5
        missedNotTaken: 2, // p2 p3
      }),
    );
  });

  it("counts a rural store's parcels on the day received, attempts on the day tapped", () => {
    expect(day(rows, ids.rural, "2026-10-30")).toEqual(counters({ scheduledDays: 1 })); // drop missed
    expect(day(rows, ids.rural, "2026-10-31")).toEqual(counters()); // closure day: not scheduled
    expect(day(rows, ids.rural, "2026-11-01")).toEqual(
      counters({
        scheduledDays: 1,
        servicedDays: 1, // D3 checked in
        received: 6, // r1 r2 r3 r4 r6, and r7 at 23:30 EST (04:30Z on 11-02)
        deliveredOfReceived: 4, // r1 r2 r3 r7
        deliveredSameDay: 3, // r1, r3 (23:40 EST), r7 (23:50 EST); r2 on 11-02
        deliveredOnTime: 2, // r1 (15:00Z ≤ 01:00Z), r7 (04:50Z ≤ 05:00Z); r2 and r3 after 01:00Z
        attemptedParcels: 5, // r1 r2 r3 r6 r7
        firstAttemptDelivered: 3, // r1 r3 r7 (r2 failed first)
        attempts: 6, // r1, r2 #1, r3, r6 #1, r6 #2, r7 (r2 #2 is 09:00 EST on 11-02)
        deliveredAttempts: 3, // r1 r3 r7
        deliveredAttemptsWithPhoto: 2, // r1 r3
        failedAttempts: { recipient_unavailable: 1, no_access: 1, other: 1 }, // r6 #2 had no reason
        outOfRadiusAttempts: 2, // r3, r6 #2
        manifestRows: 5, // r1..r5 (r6 was not on it)
        missing: 1, // r5
        unexpected: 1, // r6
        damaged: 1, // r4
        deliveries: 3, // r1, r3, r7 delivered on local 11-01
        earningsCents: 900, // 3 × 300
      }),
    );
  });

  it("sums a period per partner and rolls partners up per mall and region", () => {
    const totals = summarize(rows);
    const m1 = totals.find((p) => p.partnerId === ids.m1)!;
    expect(m1.days).toBe(3);
    const m1Figures = figuresOf(m1.counters).mall;
    expect(m1Figures.readyOnTime).toEqual({ numerator: 4, denominator: 7 }); // (2 + 2) / (4 + 3)
    expect(m1Figures.missedStoreNotReady).toEqual({ numerator: 3, denominator: 7 }); // 2 + 1
    expect(m1Figures.missedDriver).toEqual({ numerator: 3, denominator: 7 }); // 1 + 2
    expect(m1Figures.driverNoShows).toEqual({ numerator: 1, denominator: 2 });
    expect(m1Figures.medianPrepMinutes).toBe(50); // 30 50 [50] 180 330
    expect(m1Figures.medianDriverWaitMinutes).toBe(10);
    expect(m1Figures.handoffDiscrepancies).toBe(1);

    const rural = figuresOf(totals.find((p) => p.partnerId === ids.rural)!.counters).rural;
    expect(rural).toEqual({
      deliveryCompletion: { numerator: 4, denominator: 6 },
      sameDay: { numerator: 3, denominator: 4 },
      onTime: { numerator: 2, denominator: 4 },
      firstAttemptSuccess: { numerator: 3, denominator: 5 },
      failedAttemptsByReason: {
        ...emptyCounters().failedAttempts,
        recipient_unavailable: 1,
        no_access: 1,
        other: 1,
      },
      proofOfDelivery: { numerator: 2, denominator: 3 },
      dropMissing: { numerator: 1, denominator: 5 },
      dropUnexpected: { numerator: 1, denominator: 5 },
      dropDamaged: { numerator: 1, denominator: 5 },
      parcelsPerDay: { numerator: 6, denominator: 1 }, // 6 received over 1 serviced day
      daysServiced: { numerator: 1, denominator: 2 }, // 10-30 and 11-01 scheduled, 10-31 closed
      outOfRadiusFlags: 2,
      earningsCents: 900,
    });
    expect(fraction(figuresOf(totals.find((p) => p.partnerId === ids.rural)!.counters).rural.onTime)).toBe(0.5);

    const [mall, ...noMoreMalls] = rollUp(totals, "mall");
    expect(noMoreMalls).toEqual([]);
    expect(mall!.id).toBe(ids.mall);
    expect(new Set(mall!.partnerIds)).toEqual(new Set([ids.m1, ids.m2]));
    const mallFigures = figuresOf(mall!.counters).mall;
    expect(mallFigures.readyOnTime).toEqual({ numerator: 5, denominator: 8 }); // M1 4/7 + M2 1/1 (q1)
    expect(mallFigures.driverNoShows).toEqual({ numerator: 1, denominator: 3 }); // A1, A2, B1
    expect(mallFigures.medianDriverWaitMinutes).toBe(15); // (10 + 20) / 2
    expect(mallFigures.medianPrepMinutes).toBe(50); // 30 40 [50 50] 180 330

    const [region, ...noMoreRegions] = rollUp(totals, "region");
    expect(noMoreRegions).toEqual([]);
    expect(region!.id).toBe(ids.region);
    expect(region!.partnerIds).toHaveLength(3);
    expect(figuresOf(region!.counters).rural.daysServiced).toEqual({ numerator: 1, denominator: 2 });
    expect(figuresOf(region!.counters).mall.readyOnTime).toEqual({ numerator: 5, denominator: 8 });
  });

  it("computes the previous period the same way", async () => {
    const previous = previousPeriod(period.from, period.to);
    expect(previous).toEqual({ from: "2026-10-27", to: "2026-10-29" });
    const totals = summarize(await partnerFiguresFromRaw({ db, actor: managerA, ...previous }));
    const byId = new Map(totals.map((p) => [p.partnerId, p.counters]));
    expect(byId.get(ids.m1)).toEqual(
      counters({
        pickupArrivals: 1, // A0, 23:30 EDT on 10-29
        parcelsDue: 1,
        readyOnTime: 1, // p9
        driverWaitMinutes: { 4: 1 }, // 03:28 → 03:32:59
        prepMinutes: { 60: 1 }, // p9 01:00Z → 02:00Z, 22:00 EDT on 10-29
      }),
    );
    expect(byId.get(ids.m2)).toEqual(counters());
    expect(byId.get(ids.rural)).toEqual(
      counters({
        scheduledDays: 2, // 10-27 had no drop-off due: not a scheduled day
        servicedDays: 0, // 10-28 arrived, 10-29 completed, neither checked in by noon
        received: 1, // r8 at 23:30 EDT on 10-29
        deliveredOfReceived: 1,
        deliveredSameDay: 1,
        deliveredOnTime: 1,
        attemptedParcels: 1,
        firstAttemptDelivered: 1,
        attempts: 1,
        deliveredAttempts: 1,
        deliveredAttemptsWithPhoto: 1,
        manifestRows: 1, // D0: r8
        deliveries: 1,
        earningsCents: 300,
      }),
    );
  });

  it("shows a manager none of another region's partners, and a store only its own", async () => {
    const seenByB = await partnerFiguresFromRaw({ db, actor: managerB, ...period });
    expect(new Set(seenByB.map((r) => r.partnerId))).toEqual(new Set([ids.other]));
    expect(day(seenByB, ids.other, "2026-10-31").received).toBe(1);
    expect(await partnerFiguresFromRaw({ db, actor: managerB, ...period, partnerIds: [ids.m1, ids.rural] })).toEqual(
      [],
    );
    expect(await partnerFiguresFromRaw({ db, actor: managerA, ...period, partnerIds: ["not-a-uuid"] })).toEqual([]);

    const seenByStaff = await partnerFiguresFromRaw({ db, actor: staffM1, ...period });
    expect(new Set(seenByStaff.map((r) => r.partnerId))).toEqual(new Set([ids.m1]));
    const narrowed = await partnerFiguresFromRaw({ db, actor: managerA, ...period, partnerIds: [ids.rural] });
    expect(summarize(narrowed)[0]!.counters.received).toBe(6);
  });

  it("refuses a period that is not one", async () => {
    await expect(partnerFiguresFromRaw({ db, actor: managerA, from: "2026-11-02", to: "2026-11-01" })).rejects.toThrow(
      /before it starts/,
    );
    await expect(partnerFiguresFromRaw({ db, actor: managerA, from: "2026-02-30", to: "2026-03-01" })).rejects.toThrow(
      /Not a period/,
    );
  });
});
