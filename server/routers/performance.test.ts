import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createUser, createWorld } from "@/db/factories";
import { defaultAlertThresholds, regions } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { alertsFor } from "@/server/domain/performance/dashboard";
import { emptyCounters, figuresOf } from "@/server/domain/performance/definitions";
import { createCaller } from "@/server/trpc/root";

let db: Db;
let home: Awaited<ReturnType<typeof createWorld>>;
let away: Awaited<ReturnType<typeof createWorld>>;
const period = { from: "2026-11-01", to: "2026-11-24" };

beforeAll(async () => {
  db = (await testDatabase()).db;
  home = await createWorld(db);
  away = await createWorld(db);
});

const managerOf = (world: typeof home) =>
  createCaller({ db, headers: new Headers(), sessionUser: { id: world.manager.id, role: "regional_manager" } });

describe("performance for a regional manager", () => {
  it("lists exactly the partners of the manager's regions", async () => {
    const dashboard = await managerOf(home).performance.dashboard(period);
    expect(dashboard.partners.map((p) => p.code).sort()).toEqual([home.mallStore.code, home.ruralStore.code].sort());
    expect(dashboard.regions.map((r) => r.id)).toEqual(expect.not.arrayContaining([away.region.id]));
    expect(dashboard.previousPeriod).toEqual({ from: "2026-10-08", to: "2026-10-31" });
  });

  it("refuses a period that ends before it starts or spans more than a year, with a plain message at the field", async () => {
    for (const [bad, message] of [
      [{ from: "2026-11-24", to: "2026-11-01" }, "The end date must be on or after the start date."],
      [{ from: "2020-01-01", to: "2026-11-24" }, "Choose at most 366 days (this range is 2520)."],
    ] as const) {
      for (const call of [
        () => managerOf(home).performance.dashboard(bad),
        () =>
          managerOf(home)
            .performance.partner({ code: home.ruralStore.code, period: bad })
            .then(() => null),
      ]) {
        await expect(call()).rejects.toMatchObject({
          code: "BAD_REQUEST",
          message,
          cause: { issues: [expect.objectContaining({ message, path: expect.arrayContaining(["to"]) })] },
        });
      }
    }
  });

  it("cannot drill into or set thresholds for another region", async () => {
    await expect(managerOf(home).performance.partner({ code: away.ruralStore.code, period })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      managerOf(home).performance.setThresholds({
        regionId: away.region.id,
        readyOnTimeRate: 0.5,
        deliveryCompletionRate: 0.5,
        proofCompliance: 0.5,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [untouched] = await db.select().from(regions).where(eq(regions.id, away.region.id));
    expect(untouched?.alertThresholds).toEqual(defaultAlertThresholds);
  });

  it("sets its own region's thresholds, and refuses a rate over 100%", async () => {
    await managerOf(home).performance.setThresholds({
      regionId: home.region.id,
      readyOnTimeRate: 0.9,
      deliveryCompletionRate: 0.97,
      proofCompliance: 0.99,
    });
    const [row] = await managerOf(home).performance.thresholds();
    expect(row?.thresholds).toEqual({ readyOnTimeRate: 0.9, deliveryCompletionRate: 0.97, proofCompliance: 0.99 });
    await expect(
      managerOf(home).performance.setThresholds({
        regionId: home.region.id,
        readyOnTimeRate: 1.5,
        deliveryCompletionRate: 0.97,
        proofCompliance: 0.99,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("a manager with no region has no thresholds to read or set", async () => {
    const lone = await createUser(db, "regional_manager");
    const caller = createCaller({ db, headers: new Headers(), sessionUser: { id: lone.id, role: "regional_manager" } });
    expect(await caller.performance.thresholds()).toEqual([]);
    await expect(
      caller.performance.setThresholds({
        regionId: home.region.id,
        readyOnTimeRate: 0.5,
        deliveryCompletionRate: 0.5,
        proofCompliance: 0.5,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("raises an alert only for a measured figure below its threshold", () => {
    const c = { ...emptyCounters(), parcelsDue: 20, readyOnTime: 18 }; // 90 %
    const below = alertsFor("mall_pickup", figuresOf(c), figuresOf(emptyCounters()), defaultAlertThresholds);
    expect(below).toEqual([{ figure: "Ready on time", value: 0.9, threshold: 0.95, previous: null }]);
    expect(
      alertsFor("mall_pickup", figuresOf(emptyCounters()), figuresOf(emptyCounters()), defaultAlertThresholds),
    ).toEqual([]);
    const rural = {
      ...emptyCounters(),
      received: 100,
      deliveredOfReceived: 99,
      deliveredAttempts: 99,
      deliveredAttemptsWithPhoto: 97,
    };
    expect(
      alertsFor("local_delivery", figuresOf(rural), figuresOf(emptyCounters()), defaultAlertThresholds).map(
        (a) => a.figure,
      ),
    ).toEqual(["Proof of delivery"]);
  });
});
