import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createPartner, createWorld } from "@/db/factories";
import { testDatabase } from "@/db/testing/database";
import { loadUserActor } from "../auth/load-actor";
import { partnerList } from "./list";
import { type PartnerListInput, partnerListSchema } from "./schemas";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let away: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  away = await createWorld(db);
  for (let i = 1; i <= 28; i++) {
    const n = String(i).padStart(2, "0");
    await createPartner(
      db,
      { regionId: world.region.id, carrierId: world.ruralStore.carrierId, program: "local_delivery" },
      { code: `LIST-${world.region.id.slice(0, 4).toUpperCase()}-${n}`, name: `Listed 100% ${n}` },
    );
  }
});

const list = async (input: PartnerListInput, who = world.manager.id) =>
  partnerList({ db, actor: (await loadUserActor({ db, userId: who }))!, ...partnerListSchema.parse(input) });

describe("the partners list", () => {
  it("pages the manager's partners, 25 by default, by name", async () => {
    const first = await list({});
    expect(first).toMatchObject({ total: 30, page: 1, pageCount: 2, size: 25 });
    const second = await list({ page: 2 });
    const all = [...first.rows, ...second.rows].map((r) => r.name);
    expect(all).toEqual([...all].sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(all).size).toBe(30);
    expect((await list({ page: 7 })).page).toBe(2);
  });

  it("sorts by code either way on the database", async () => {
    const asc = (await list({ sort: "code", size: 50 })).rows.map((r) => r.code);
    const desc = (await list({ sort: "code", dir: "desc", size: 50 })).rows.map((r) => r.code);
    expect(desc).toEqual([...asc].reverse());
  });

  it("searches by name or code, taking % and _ literally", async () => {
    expect((await list({ q: "listed 100% 0" })).total).toBe(9);
    expect((await list({ q: "%" })).total).toBe(28);
    expect((await list({ q: "_" })).total).toBe(0);
    expect((await list({ q: world.mallStore.code.toLowerCase() })).rows.map((r) => r.code)).toEqual([
      world.mallStore.code,
    ]);
  });

  it("shows no other region's partner, even searched for", async () => {
    expect((await list({ q: away.mallStore.code })).total).toBe(0);
    expect((await list({ size: 100 })).rows.some((r) => r.code === away.ruralStore.code)).toBe(false);
    // Store staff see their own store only.
    expect((await list({}, world.staff.id)).rows.map((r) => r.code)).toEqual([world.mallStore.code]);
  });

  it("refuses a sort, size or page outside the closed sets", () => {
    expect(partnerListSchema.safeParse({ sort: "passwordHash" }).success).toBe(false);
    expect(partnerListSchema.safeParse({ size: 1000 }).success).toBe(false);
    expect(partnerListSchema.safeParse({ page: 0 }).success).toBe(false);
  });
});
