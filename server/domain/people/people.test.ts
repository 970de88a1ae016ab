import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createUser, createWorld } from "@/db/factories";
import { auditLog } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { checkSignIn } from "@/server/auth/sign-in";
import { callerAs } from "../admin/testing";
import { loadUserActor } from "../auth/load-actor";
import { createAdminFromCommandLine } from "./bootstrap";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let admin: Awaited<ReturnType<typeof createUser>>;
const limits = { perAccount: 100, perAddress: 100, lockMinutes: 1 };

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  admin = await createUser(db, "admin");
});

const signIn = (email: string, password: string) => checkSignIn(db, { email, password }, null, limits);

describe("people", () => {
  it("an admin creates a manager with regions; the one-time password signs them in", async () => {
    const email = `Manager-${randomUUID().slice(0, 6)}@West.example`;
    const created = await callerAs(db, admin).admin.people.create({
      email,
      name: "Rosa Alvarez",
      role: "regional_manager",
      regionIds: [world.region.id],
    });
    expect(created).toMatchObject({ email: email.toLowerCase(), role: "regional_manager" });
    expect(created.oneTimePassword.length).toBeGreaterThanOrEqual(12);
    expect(await signIn(email, created.oneTimePassword)).toMatchObject({ ok: true });
    expect((await loadUserActor({ db, userId: created.id }))?.regionIds).toEqual([world.region.id]);
    await expect(
      callerAs(db, admin).admin.people.create({ email, name: "Again", role: "admin", regionIds: [] }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("searches everyone by name or email on the server, a page at a time", async () => {
    const tag = randomUUID().slice(0, 8);
    for (let i = 0; i < 3; i++) {
      await createUser(db, "store_staff", { partnerIds: [world.mallStore.id] }, { name: `Searchable ${tag} ${i}` });
    }
    const page = await callerAs(db, admin).admin.people.list({ search: tag });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.name)).toEqual([0, 1, 2].map((i) => `Searchable ${tag} ${i}`));
    expect(page.rows[0]?.stores).toEqual([{ code: world.mallStore.code, name: world.mallStore.name }]);
    const byEmail = await callerAs(db, admin).admin.people.list({ search: world.manager.email.toUpperCase() });
    expect(byEmail.rows.map((r) => r.id)).toEqual([world.manager.id]);
    expect(byEmail.rows[0]?.regions).toEqual([{ id: world.region.id, name: world.region.name }]);
    // Wildcards are searched for literally.
    expect((await callerAs(db, admin).admin.people.list({ search: "%" })).total).toBe(0);
  });

  it("assigns a manager's regions, replacing the old set", async () => {
    const manager = await createUser(db, "regional_manager", { regionIds: [world.region.id] });
    const other = await callerAs(db, admin).admin.regions.create({
      name: `North ${randomUUID().slice(0, 6)}`,
      timeZone: "America/Chicago",
    });
    await callerAs(db, admin).admin.people.assignRegions({ userId: manager.id, regionIds: [other.id] });
    expect((await loadUserActor({ db, userId: manager.id }))?.regionIds).toEqual([other.id]);
    await expect(
      callerAs(db, admin).admin.people.assignRegions({ userId: world.staff.id, regionIds: [other.id] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      callerAs(db, admin).admin.people.assignRegions({ userId: manager.id, regionIds: [randomUUID()] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await loadUserActor({ db, userId: manager.id }))?.regionIds).toEqual([other.id]);
  });

  it("disabling refuses the person's next request at once; re-enabling lets them back", async () => {
    const person = await createUser(db, "regional_manager", { regionIds: [world.region.id] });
    expect(await callerAs(db, person).partners.list()).toBeDefined();
    await callerAs(db, admin).admin.people.disable({ userId: person.id });
    await expect(callerAs(db, person).partners.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await callerAs(db, admin).admin.people.enable({ userId: person.id });
    expect(await callerAs(db, person).partners.list()).toBeDefined();
    await expect(callerAs(db, admin).admin.people.disable({ userId: admin.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("a reset gives a new one-time password and the old password stops working", async () => {
    const created = await callerAs(db, admin).admin.people.create({
      email: `reset-${randomUUID().slice(0, 6)}@handoff.example`,
      name: "Sam Admin",
      role: "admin",
      regionIds: [],
    });
    const reset = await callerAs(db, admin).admin.people.resetPassword({ userId: created.id });
    expect(reset.oneTimePassword).not.toBe(created.oneTimePassword);
    expect(await signIn(created.email, created.oneTimePassword)).toMatchObject({ ok: false });
    expect(await signIn(created.email, reset.oneTimePassword)).toMatchObject({ ok: true });
  });

  it("the command line creates an administrator whose one-time password signs in, once per email", async () => {
    const email = `first-${randomUUID().slice(0, 6)}@network.example`;
    const created = await createAdminFromCommandLine({ db, input: { email, name: "First Admin" } });
    expect(await signIn(email, created.oneTimePassword)).toMatchObject({ ok: true, user: { role: "admin" } });
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit).toMatchObject({ actorUserId: null, actorLabel: "admin:create", action: "create" });
    await expect(createAdminFromCommandLine({ db, input: { email, name: "Again" } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("an owner, a manager and staff are refused", async () => {
    for (const person of [world.owner, world.manager, world.staff]) {
      const caller = callerAs(db, person).admin.people;
      await expect(caller.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        caller.create({ email: "x@example.com", name: "Boss", role: "admin", regionIds: [] }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.assignRegions({ userId: person.id, regionIds: [] })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(caller.disable({ userId: admin.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.enable({ userId: person.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.resetPassword({ userId: admin.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
