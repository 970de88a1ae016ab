import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createParcel, createUser, createWorld } from "@/db/factories";
import { testDatabase } from "@/db/testing/database";
import { localDayOf } from "@/lib/local-day";
import { loadUserActor } from "../auth/load-actor";
import { performanceDashboard } from "./dashboard";
import { partnerDrilldown } from "./drilldown";

let db: Db;
let home: Awaited<ReturnType<typeof createWorld>>;
let away: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  home = await createWorld(db);
  away = await createWorld(db);
  await createParcel(db, home.ruralStore, { status: "at_store", receivedAt: new Date() });
});

const actor = async (id: string) => (await loadUserActor({ db, userId: id }))!;
const today = () => localDayOf(new Date(), home.ruralStore.timeZone);

describe("an owner's own performance", () => {
  it("shows the same figures the manager sees, for the owner's stores only and without network roll-ups", async () => {
    const period = { from: today(), to: today() };
    const owner = await performanceDashboard({ db, actor: await actor(home.owner.id), period });
    expect(owner.partners.map((p) => p.code)).toEqual([home.ruralStore.code]);
    expect(owner.malls).toEqual([]);
    expect(owner.regions).toEqual([]);
    const manager = await performanceDashboard({ db, actor: await actor(home.manager.id), period });
    const managersRow = manager.partners.find((p) => p.code === home.ruralStore.code)!;
    expect(owner.partners[0]!.figures).toEqual(managersRow.figures);
    expect(owner.partners[0]!.previous).toEqual(managersRow.previous);

    const detail = await partnerDrilldown({
      db,
      actor: await actor(home.owner.id),
      partnerCode: home.ruralStore.code,
      period,
    });
    const managersDetail = await partnerDrilldown({
      db,
      actor: await actor(home.manager.id),
      partnerCode: home.ruralStore.code,
      period,
    });
    expect(detail.figures).toEqual(managersDetail.figures);
    expect(detail.daily).toEqual(managersDetail.daily);
  });

  it("another store's owner and another region's manager find nothing; staff are refused; an admin sees all", async () => {
    const period = { from: today(), to: today() };
    for (const outsider of [await actor(away.owner.id), await actor(away.manager.id)]) {
      await expect(
        partnerDrilldown({ db, actor: outsider, partnerCode: home.ruralStore.code, period }),
      ).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      const dashboard = await performanceDashboard({ db, actor: outsider, period });
      expect(dashboard.partners.map((p) => p.code)).not.toContain(home.ruralStore.code);
    }
    const staff = await actor(home.staff.id);
    await expect(performanceDashboard({ db, actor: staff, period })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      partnerDrilldown({ db, actor: staff, partnerCode: home.mallStore.code, period }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await actor((await createUser(db, "admin")).id);
    const all = await performanceDashboard({ db, actor: admin, period });
    expect(all.partners.map((p) => p.code)).toEqual(
      expect.arrayContaining([home.ruralStore.code, away.ruralStore.code]),
    );
    expect(all.regions.length).toBeGreaterThan(0);
  });
});
