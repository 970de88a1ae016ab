import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createPartner, createUser, createWorld } from "@/db/factories";
import { partnerMemberships, users } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { checkSignIn } from "@/server/auth/sign-in";
import type { UserActor } from "../actor";
import { loadUserActor } from "../auth/load-actor";
import { inviteStaff, listStaff, removeFromStore } from "./staff";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let other: Awaited<ReturnType<typeof createWorld>>;
let owner: UserActor;
let secondStore: Awaited<ReturnType<typeof createPartner>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  other = await createWorld(db);
  // The owner runs two stores.
  secondStore = await createPartner(db, { regionId: world.region.id, carrierId: world.carrier.id });
  await db.insert(partnerMemberships).values({ userId: world.owner.id, partnerId: secondStore.id });
  owner = (await loadUserActor({ db, userId: world.owner.id }))!;
});

const actor = async (id: string) => (await loadUserActor({ db, userId: id }))!;
const email = () => `${randomUUID().slice(0, 8)}@people.example`;
const limits = { perAccount: 5, perAddress: 8, lockMinutes: 15 };

describe("an owner's staff", () => {
  it("invites a new person with a one-time password that signs in, and lists them with their last sign-in", async () => {
    const address = email();
    const invited = await inviteStaff({
      db,
      actor: owner,
      invite: { partnerCode: world.ruralStore.code, email: address.toUpperCase(), name: "Nina Park" },
    });
    expect(invited).toMatchObject({ email: address, joined: "new" });
    expect(invited.temporaryPassword).toHaveLength(16);

    let listed = await listStaff({ db, actor: owner, partnerCode: world.ruralStore.code });
    expect(listed.people.find((p) => p.email === address)).toMatchObject({ role: "store_staff", lastSignedInAt: null });

    const signedIn = await checkSignIn(db, { email: address, password: invited.temporaryPassword! }, null, limits);
    expect(signedIn.ok).toBe(true);
    listed = await listStaff({ db, actor: owner, partnerCode: world.ruralStore.code });
    expect(listed.people.find((p) => p.email === address)?.lastSignedInAt).toBeInstanceOf(Date);
  });

  it("adds a person already working at another of the owner's stores, without a new password", async () => {
    const colleague = await createUser(db, "store_staff", { partnerIds: [secondStore.id] });
    const joined = await inviteStaff({
      db,
      actor: owner,
      invite: { partnerCode: world.ruralStore.code, email: colleague.email, name: "Ignored" },
    });
    expect(joined).toEqual({ email: colleague.email, temporaryPassword: null, joined: "existing" });
    await expect(
      inviteStaff({
        db,
        actor: owner,
        invite: { partnerCode: world.ruralStore.code, email: colleague.email, name: "x" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "already_member" });
  });

  it("refuses any other existing email with the same words, revealing no store or role", async () => {
    const elsewhere = await createUser(db, "store_staff", { partnerIds: [other.ruralStore.id] });
    const [manager] = await db.select().from(users).where(eq(users.id, other.manager.id));
    const messages: string[] = [];
    for (const address of [elsewhere.email, manager!.email, other.owner.email]) {
      const error = await inviteStaff({
        db,
        actor: owner,
        invite: { partnerCode: world.ruralStore.code, email: address, name: "x" },
      }).catch((e: Error & { reason?: string }) => e);
      expect(error).toMatchObject({ code: "CONFLICT", reason: "email_unavailable" });
      messages.push((error as Error).message.replace(address, "<email>"));
    }
    expect(new Set(messages).size).toBe(1);
    expect(messages[0]).not.toContain(other.ruralStore.name);
    expect(messages[0]).toBe(
      `<email> cannot be invited here. Ask your regional manager to add this person to ${world.ruralStore.name}.`,
    );
    const memberships = await db
      .select()
      .from(partnerMemberships)
      .where(eq(partnerMemberships.partnerId, world.ruralStore.id));
    expect(memberships.map((m) => m.userId)).not.toContain(elsewhere.id);
  });

  it("two invites of one email at once make one account", async () => {
    const address = email();
    const results = await Promise.allSettled(
      [1, 2].map(() =>
        inviteStaff({ db, actor: owner, invite: { partnerCode: world.ruralStore.code, email: address, name: "Twin" } }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.select().from(users).where(eq(users.email, address))).toHaveLength(1);
  });

  it("removes a person from one store only: the account and their other store stay", async () => {
    const both = await createUser(db, "store_staff", { partnerIds: [world.ruralStore.id, secondStore.id] });
    const result = await removeFromStore({ db, actor: owner, partnerCode: world.ruralStore.code, userId: both.id });
    expect(result.removed).toBe(both.name);
    const left = await db.select().from(partnerMemberships).where(eq(partnerMemberships.userId, both.id));
    expect(left.map((m) => m.partnerId)).toEqual([secondStore.id]);
    expect(await db.select().from(users).where(eq(users.id, both.id))).toHaveLength(1);
    await expect(
      removeFromStore({ db, actor: owner, partnerCode: world.ruralStore.code, userId: both.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      removeFromStore({ db, actor: owner, partnerCode: world.ruralStore.code, userId: owner.userId }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("scoping", () => {
  it("another store's owner and another region's manager find nothing; staff may not manage; an admin may", async () => {
    const member = await createUser(db, "store_staff", { partnerIds: [world.ruralStore.id] });
    const partnerCode = world.ruralStore.code;
    for (const outsider of [await actor(other.owner.id), await actor(other.manager.id)]) {
      await expect(listStaff({ db, actor: outsider, partnerCode })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        inviteStaff({ db, actor: outsider, invite: { partnerCode, email: email(), name: "x" } }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(removeFromStore({ db, actor: outsider, partnerCode, userId: member.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    const staff = await actor(member.id);
    await expect(listStaff({ db, actor: staff, partnerCode })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const admin = await actor((await createUser(db, "admin")).id);
    expect((await listStaff({ db, actor: admin, partnerCode })).people.map((p) => p.id)).toContain(member.id);
    await removeFromStore({ db, actor: admin, partnerCode, userId: member.id });
    const manager = await actor(world.manager.id);
    expect((await listStaff({ db, actor: manager, partnerCode })).people.map((p) => p.id)).not.toContain(member.id);
  });
});
