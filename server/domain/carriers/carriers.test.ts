import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createUser, createWorld } from "@/db/factories";
import { apiKeys, auditLog } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { checkKeyAndCount } from "@/server/api/carrier-auth";
import { callerAs } from "../admin/testing";
import { hashApiKey } from "./api-keys";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let admin: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  admin = await createUser(db, "admin");
});

/** The carrier a key stands for, as every Carrier API request checks it (counting nothing); null once refused. */
async function carrierOf(key: string) {
  return (await checkKeyAndCount(db, hashApiKey(key), new Date(), 0))?.carrier ?? null;
}

describe("carriers and API keys", () => {
  it("an admin creates a carrier once; the same name again is a conflict; both are audited", async () => {
    const name = `Prairie Express ${randomUUID().slice(0, 6)}`;
    const carrier = await callerAs(db, admin).admin.network.create({ name });
    expect(carrier).toMatchObject({ name });
    await expect(callerAs(db, admin).admin.network.create({ name: ` ${name} ` })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const listed = await callerAs(db, admin).admin.network.list();
    expect(listed.find((c) => c.id === carrier.id)).toMatchObject({ name, partners: [] });
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, carrier.id));
    expect(audit).toMatchObject([{ entity: "carrier", action: "create", actorUserId: admin.id, after: { name } }]);
  });

  it("lists the partners each carrier serves", async () => {
    const listed = await callerAs(db, admin).admin.network.list();
    const codes = listed.find((c) => c.id === world.carrier.id)?.partners.map((p) => p.code);
    expect(codes).toEqual([world.mallStore.code, world.ruralStore.code].sort());
  });

  it("a key is shown once, stored as a hash, works until revoked, then answers 401 at once", async () => {
    const caller = callerAs(db, admin).admin.network;
    const created = await caller.createKey({ carrierId: world.carrier.id, label: "Integration" });
    expect(created.key.startsWith(created.prefix)).toBe(true);
    const [stored] = await db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(stored?.keyHash).toBe(hashApiKey(created.key));
    expect(JSON.stringify(stored)).not.toContain(created.key);

    const listed = await caller.keys({ carrierId: world.carrier.id });
    const row = listed.find((k) => k.id === created.id);
    expect(row).toMatchObject({ label: "Integration", prefix: created.prefix, lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(created.key);

    // Rotation: a second key works beside the first, then the first is revoked; no gap.
    const next = await caller.createKey({ carrierId: world.carrier.id, label: null });
    expect(await carrierOf(created.key)).toMatchObject({ carrierId: world.carrier.id });
    expect((await caller.keys({ carrierId: world.carrier.id })).find((k) => k.id === created.id)?.lastUsedAt).not.toBe(
      null,
    );
    await caller.revokeKey({ id: created.id });
    expect(await carrierOf(created.key)).toBeNull();
    expect(await carrierOf(next.key)).toMatchObject({ carrierId: world.carrier.id });

    // Revoking twice changes nothing more; one audit line for the revocation.
    const again = await caller.revokeKey({ id: created.id });
    expect(again.revokedAt).toEqual((await caller.revokeKey({ id: created.id })).revokedAt);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit.map((a) => a.action).sort()).toEqual(["create", "revoke"]);
  });

  it("refuses junk and unknown ids, changing nothing", async () => {
    const caller = callerAs(db, admin).admin.network;
    await expect(caller.create({ name: "x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.create({ name: "Bad\u0007Name" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.createKey({ carrierId: randomUUID(), label: null })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(caller.revokeKey({ id: randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an owner, a manager and staff are refused everything", async () => {
    for (const person of [world.owner, world.manager, world.staff]) {
      const caller = callerAs(db, person).admin.network;
      await expect(caller.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.create({ name: "Sneaky Carrier" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.keys({ carrierId: world.carrier.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.createKey({ carrierId: world.carrier.id, label: null })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(caller.revokeKey({ id: randomUUID() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
