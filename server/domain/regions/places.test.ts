import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createUser, createWorld } from "@/db/factories";
import { auditLog, regions } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { callerAs } from "../admin/testing";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let admin: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  admin = await createUser(db, "admin");
});

const mallInput = (regionId: string) => ({
  name: `Desert Ridge ${randomUUID().slice(0, 6)}`,
  regionId,
  addressLine1: "21001 N Tatum Blvd",
  city: "Phoenix",
  state: "AZ",
  postalCode: "85050",
  lat: 33.675,
  lng: -111.973,
  timeZone: "America/Phoenix",
});

describe("regions", () => {
  it("an admin creates a region and renames it, with before and after in the audit log", async () => {
    const caller = callerAs(db, admin).admin.regions;
    const name = `Sandhills ${randomUUID().slice(0, 6)}`;
    const region = await caller.create({ name, timeZone: "America/Chicago" });
    await expect(caller.create({ name, timeZone: "America/Denver" })).rejects.toMatchObject({ code: "CONFLICT" });
    const renamed = await caller.update({ id: region.id, name: `${name} North`, timeZone: "America/Denver" });
    expect(renamed).toMatchObject({ name: `${name} North`, timeZone: "America/Denver" });
    expect((await caller.list()).find((r) => r.id === region.id)).toMatchObject({ malls: 0, partners: 0 });
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, region.id)).orderBy(auditLog.id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audit[1]).toMatchObject({
      before: { name, timeZone: "America/Chicago" },
      after: { name: `${name} North`, timeZone: "America/Denver" },
    });
  });

  it("refuses an unknown time zone, a taken name and an unknown region, changing nothing", async () => {
    const caller = callerAs(db, admin).admin.regions;
    await expect(caller.create({ name: "Atlantis", timeZone: "Mars/Olympus" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      caller.update({ id: world.region.id, name: world.region.name, timeZone: "Europe/Nowhere" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const other = await caller.create({ name: `Other ${randomUUID().slice(0, 6)}`, timeZone: "America/Chicago" });
    await expect(
      caller.update({ id: other.id, name: world.region.name, timeZone: "America/Chicago" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      caller.update({ id: randomUUID(), name: "Nowhere", timeZone: "America/Chicago" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [unchanged] = await db.select().from(regions).where(eq(regions.id, world.region.id));
    expect(unchanged?.name).toBe(world.region.name);
  });
});

describe("malls", () => {
  it("an admin creates a mall with its address, coordinates and time zone, and edits it", async () => {
    const caller = callerAs(db, admin).admin.malls;
    const input = mallInput(world.region.id);
    const mall = await caller.create(input);
    expect(mall).toMatchObject(input);
    const moved = await caller.update({ ...input, id: mall.id, lat: 33.68, name: `${input.name} Mall` });
    expect(moved).toMatchObject({ lat: 33.68, name: `${input.name} Mall` });
    expect((await caller.list()).find((m) => m.id === mall.id)).toMatchObject({ regionName: world.region.name });
  });

  it("refuses coordinates off the globe, a bad time zone and an unknown region", async () => {
    const caller = callerAs(db, admin).admin.malls;
    await expect(caller.create({ ...mallInput(world.region.id), lat: 91 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(caller.create({ ...mallInput(world.region.id), timeZone: "Nowhere" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(caller.create(mallInput(randomUUID()))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a mall with partners cannot move to another region", async () => {
    const other = await callerAs(db, admin).admin.regions.create({
      name: `Elsewhere ${randomUUID().slice(0, 6)}`,
      timeZone: "America/Chicago",
    });
    const { id: _id, createdAt: _c, country: _country, ...mall } = world.mall;
    await expect(
      callerAs(db, admin).admin.malls.update({ ...mall, id: world.mall.id, regionId: other.id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("an owner, a manager and staff are refused", async () => {
    for (const person of [world.owner, world.manager, world.staff]) {
      const caller = callerAs(db, person).admin;
      await expect(caller.regions.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.regions.create({ name: "Mine", timeZone: "America/Chicago" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        caller.regions.update({ id: world.region.id, name: "Mine", timeZone: "America/Chicago" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.malls.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.malls.create(mallInput(world.region.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.malls.update({ ...mallInput(world.region.id), id: world.mall.id })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(caller.audit.list({ entity: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("the audit log lists changes newest first, filtered by entity", async () => {
    const page = await callerAs(db, admin).admin.audit.list({ entity: "mall" });
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((r) => r.entity === "mall")).toBe(true);
    const times = page.rows.map((r) => r.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
