import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createMall, createPartner, createRegion, createUser, createWorld } from "@/db/factories";
import { testDatabase } from "@/db/testing/database";
import { loadUserActor } from "../auth/load-actor";
import { performanceLeaderboard } from "./leaderboard";
import { leaderboardSchema } from "./schemas";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let away: Awaited<ReturnType<typeof createWorld>>;
/** The region's local-delivery partners' names, in order. */
let names: string[];

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  away = await createWorld(db);
  // 30 more local-delivery partners, named out of order: with the world's own, 31 in all.
  for (let i = 0; i < 30; i++) {
    const n = String((i * 7) % 30).padStart(2, "0");
    await createPartner(
      db,
      { regionId: world.region.id, carrierId: world.ruralStore.carrierId, program: "local_delivery" },
      { name: `Leaderboard ${n}`, timeZone: world.ruralStore.timeZone },
    );
  }
  names = [world.ruralStore.name, ...Array.from({ length: 30 }, (_, i) => `Leaderboard ${String(i).padStart(2, "0")}`)];
  names.sort((a, b) => a.localeCompare(b));
});

const manager = async () => (await loadUserActor({ db, userId: world.manager.id }))!;
const board = async (input: Omit<Parameters<typeof leaderboardSchema.parse>[0], "period">) =>
  performanceLeaderboard({
    db,
    actor: await manager(),
    ...leaderboardSchema.parse({ period: { preset: "7" }, ...(input as object) }),
  });
const delivery = (b: Awaited<ReturnType<typeof board>>) => b.tables.find((t) => t.program === "local_delivery")!;

describe("the performance leaderboard", () => {
  it("answers one page of 10 by default, sorted by name, with the total and the page count", async () => {
    const first = delivery(await board({}));
    expect(first).toMatchObject({ total: 31, page: 1, pageCount: 4, size: 10 });
    expect(first.rows.map((r) => r.name)).toEqual(names.slice(0, 10));
    const second = delivery(await board({ pages: { local_delivery: 2 } }));
    expect(second.rows.map((r) => r.name)).toEqual(names.slice(10, 20));
    const last = delivery(await board({ pages: { local_delivery: 4 } }));
    expect(last.rows.map((r) => r.name)).toEqual(names.slice(30));
  });

  it("sorts on the server in either direction, the pages continuing one another", async () => {
    const one = delivery(await board({ sort: "name", dir: "desc", size: 25 }));
    const two = delivery(await board({ sort: "name", dir: "desc", size: 25, pages: { local_delivery: 2 } }));
    expect([...one.rows, ...two.rows].map((r) => r.name)).toEqual([...names].reverse());
  });

  it("sorts by a figure with the partners that have none last, each partner once across pages", async () => {
    const one = delivery(await board({ sort: "completion", dir: "desc", size: 25 }));
    const two = delivery(await board({ sort: "completion", dir: "desc", size: 25, pages: { local_delivery: 2 } }));
    const seen = [...one.rows, ...two.rows].map((r) => r.code);
    expect(new Set(seen).size).toBe(31);
  });

  it("answers the last page for a page beyond the end, and honours the page size", async () => {
    expect(delivery(await board({ pages: { local_delivery: 9 } }))).toMatchObject({ page: 4, pageCount: 4 });
    const big = delivery(await board({ size: 50 }));
    expect(big).toMatchObject({ page: 1, pageCount: 1, total: 31 });
    expect(big.rows).toHaveLength(31);
  });

  it("filters by name or code on the server, and keeps each program's table and page apart", async () => {
    const found = await board({ q: "leaderboard 1" });
    expect(delivery(found).rows.map((r) => r.name)).toEqual(names.filter((n) => n.startsWith("Leaderboard 1")));
    expect(delivery(await board({ q: world.ruralStore.code.toLowerCase() })).total).toBe(1);
    const both = await board({ pages: { mall_pickup: 3, local_delivery: 2 } });
    expect(both.tables.map((t) => [t.program, t.page, t.total])).toEqual([
      ["mall_pickup", 1, 1],
      ["local_delivery", 2, 31],
    ]);
    expect(both.partnerCount).toBe(32);
    // Another region's partners are on no page.
    expect(both.tables.flatMap((t) => t.rows).some((r) => r.regionId === away.region.id)).toBe(false);
  });

  it("pages the malls' roll-ups apart from the partners and still offers every mall to choose", async () => {
    const extra = [];
    for (let i = 0; i < 11; i++) {
      const mall = await createMall(db, world.region.id, { name: `Roll-up Mall ${String(i).padStart(2, "0")}` });
      extra.push(mall);
      await createPartner(db, { regionId: world.region.id, carrierId: world.carrier.id, mallId: mall.id });
    }
    const first = await board({});
    expect(first.malls).toMatchObject({ total: 12, page: 1, pageCount: 2, size: 10 });
    expect(first.malls.rows).toHaveLength(10);
    const second = await board({ mallsPage: 2 });
    expect(second.malls.rows).toHaveLength(2);
    const seen = [...first.malls.rows, ...second.malls.rows].map((m) => m.id);
    expect(new Set(seen).size).toBe(12);
    expect(first.mallChoices.map((m) => m.id).sort()).toEqual([world.mall.id, ...extra.map((m) => m.id)].sort());
  });

  it("refuses a sort, size or page outside the closed sets", () => {
    const period = { preset: "7" };
    expect(leaderboardSchema.safeParse({ period, sort: "password" }).success).toBe(false);
    expect(leaderboardSchema.safeParse({ period, size: 30 }).success).toBe(false);
    expect(leaderboardSchema.safeParse({ period, pages: { local_delivery: 0 } }).success).toBe(false);
    expect(leaderboardSchema.safeParse({ period, pages: { local_delivery: 1.5 } }).success).toBe(false);
  });

  it("answers an empty board, not an error, to a manager whose regions have no partners yet", async () => {
    const region = await createRegion(db);
    const newcomer = await createUser(db, "regional_manager", { regionIds: [region.id] });
    const actor = (await loadUserActor({ db, userId: newcomer.id }))!;
    for (const period of [{ preset: "today" }, { preset: "7" }, { from: "2026-03-01", to: "2026-03-07" }]) {
      const empty = await performanceLeaderboard({ db, actor, ...leaderboardSchema.parse({ period }) });
      expect(empty).toMatchObject({ partnerCount: 0, alerts: [], tables: [], malls: { total: 0 }, regions: [] });
      expect(empty.period.to >= empty.period.from).toBe(true);
    }
  });
});
