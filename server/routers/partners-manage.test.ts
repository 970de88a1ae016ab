import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createUser, createWorld } from "@/db/factories";
import { partners, statsDirty, users } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { checkSignIn } from "@/server/auth/sign-in";
import { createCaller } from "@/server/trpc/root";

let db: Db;
let home: Awaited<ReturnType<typeof createWorld>>;
let away: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  home = await createWorld(db);
  away = await createWorld(db);
});

const as = (user: { id: string; role: "store_staff" | "store_owner" | "regional_manager" | "admin" }) =>
  createCaller({ db, headers: new Headers(), sessionUser: { id: user.id, role: user.role } });

function ruralStore(regionId: string, carrierId = home.carrier.id) {
  return {
    code: `ne-${randomUUID().slice(0, 6)}`,
    carrierId,
    name: "Sandhills Hardware",
    program: "local_delivery" as const,
    regionId,
    mallId: null,
    addressLine1: "210 S 9th Ave",
    city: "Broken Bow",
    state: "NE",
    postalCode: "68822",
    lat: 41.4,
    lng: -99.64,
    timeZone: "America/Chicago",
    radiusMiles: 10,
    payRateCents: 260,
  };
}

describe("partner management", () => {
  it("a manager onboards a partner in their region; its code is stored upper-case and must be unique", async () => {
    const input = ruralStore(home.region.id);
    const created = await as(home.manager).partners.onboard(input);
    expect(created).toMatchObject({ code: input.code.toUpperCase(), program: "local_delivery", active: true });
    expect((await as(home.manager).partners.list()).map((p) => p.code)).toContain(created.code);
    await expect(as(home.manager).partners.onboard(input)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("offers only the manager's own regions and malls to place a partner in", async () => {
    const placement = await as(home.manager).partners.placement();
    expect(placement.regions.map((r) => r.id)).toEqual([home.region.id]);
    expect(placement.malls.map((m) => m.id)).toEqual([home.mall.id]);
    const lone = await createUser(db, "regional_manager");
    expect(await as(lone).partners.placement()).toMatchObject({ regions: [], malls: [] });
  });

  it("refuses another region, a bad time zone, and a mall partner without a mall, changing nothing", async () => {
    // Counted in the two regions this test uses: other files write partners to the same database.
    const inTheseRegions = async () =>
      (
        await db
          .select()
          .from(partners)
          .where(inArray(partners.regionId, [home.region.id, away.region.id]))
      ).length;
    const before = await inTheseRegions();
    await expect(as(home.manager).partners.onboard(ruralStore(away.region.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const badZone = await as(home.manager)
      .partners.onboard({ ...ruralStore(home.region.id), timeZone: "Mars/Olympus" })
      .catch((e: unknown) => e);
    expect(badZone).toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      as(home.manager).partners.onboard({ ...ruralStore(home.region.id), program: "mall_pickup" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as(home.staff).partners.onboard(ruralStore(home.region.id))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await inTheseRegions()).toBe(before);
  });

  it("edits a partner, re-rolls its history when the pay rate changes, deactivates it and opens it again", async () => {
    const { code: _code, payRateCents: _rate, ...rest } = ruralStore(home.region.id);
    await db.delete(statsDirty).where(eq(statsDirty.partnerId, home.ruralStore.id));
    await as(home.manager).partners.update({ code: home.ruralStore.code, partner: rest });
    const [row] = await db.select().from(partners).where(eq(partners.id, home.ruralStore.id));
    expect(row).toMatchObject({ name: "Sandhills Hardware" });
    await as(home.manager).partners.setPayRate({ code: home.ruralStore.code, rateCents: 275 });
    expect((await as(home.manager).partners.get({ code: home.ruralStore.code })).payRateCents).toBe(275);
    expect(await db.select().from(statsDirty).where(eq(statsDirty.partnerId, home.ruralStore.id))).toHaveLength(1);
    await as(home.manager).partners.setActive({ code: home.ruralStore.code, active: false });
    const [after] = await db.select().from(partners).where(eq(partners.id, home.ruralStore.id));
    expect(after?.active).toBe(false);
    await expect(
      as(home.manager).partners.setActive({ code: away.ruralStore.code, active: false }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The same toggle opens it again.
    await as(home.manager).partners.setActive({ code: home.ruralStore.code, active: true });
    const [reopened] = await db.select().from(partners).where(eq(partners.id, home.ruralStore.id));
    expect(reopened?.active).toBe(true);
  });

  it("invites a store user who can then sign in, and disables them", async () => {
    const email = `new-${randomUUID().slice(0, 6)}@store.example`;
    const invited = await as(home.manager).partners.inviteUser({
      code: home.mallStore.code,
      email,
      name: "Riley Chen",
      role: "store_staff",
    });
    expect(invited.temporaryPassword).toMatch(/.{10,}/);
    const limits = { perAccount: 5, perAddress: 50, lockMinutes: 15 };
    expect(await checkSignIn(db, { email, password: invited.temporaryPassword! }, null, limits)).toMatchObject({
      ok: true,
    });
    const people = await as(home.manager).partners.users({ code: home.mallStore.code });
    const riley = people.find((p) => p.email === email)!;
    await as(home.manager).partners.setUserActive({ userId: riley.id, active: false });
    const [row] = await db.select().from(users).where(eq(users.id, riley.id));
    expect(row?.active).toBe(false);
    // Another region's manager cannot touch them.
    await expect(as(away.manager).partners.setUserActive({ userId: riley.id, active: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("sets a mall partner's recurring pickups as a whole week, in its local time", async () => {
    const windows = [
      { isoWeekday: 1, windowStart: "11:00", windowEnd: "11:30" },
      { isoWeekday: 5, windowStart: "15:00", windowEnd: "15:30" },
    ];
    expect(await as(home.manager).partners.setPickupWindows({ code: home.mallStore.code, windows })).toEqual(windows);
    expect(await as(home.staff).partners.pickupWindows({ code: home.mallStore.code })).toEqual(windows);
    await expect(
      as(home.manager).partners.setPickupWindows({
        code: home.mallStore.code,
        windows: [{ isoWeekday: 2, windowStart: "16:00", windowEnd: "15:00" }],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await as(home.staff).partners.pickupWindows({ code: home.mallStore.code })).toEqual(windows);
    await expect(
      as(away.manager).partners.setPickupWindows({ code: home.mallStore.code, windows: [] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      as(home.manager).partners.setPickupWindows({ code: home.ruralStore.code, windows }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("invites reach only the manager's own people or new ones, with a refusal that names no role", async () => {
    const admin = await createUser(db, "admin");
    const outsiders = [away.staff.email, away.manager.email, admin.email];
    const messages = [];
    for (const email of outsiders) {
      const refused = as(home.manager).partners.inviteUser({
        code: home.ruralStore.code,
        email,
        name: "Someone",
        role: "store_staff",
      });
      await expect(refused).rejects.toMatchObject({ code: "CONFLICT" });
      const message = await refused.catch((e: Error) => e.message.replace(email, "EMAIL"));
      expect(message).not.toMatch(/admin|manager|staff|owner|region/i);
      messages.push(message);
    }
    expect(new Set(messages).size).toBe(1);
    const awayStaff = await as(away.manager).partners.users({ code: away.mallStore.code });
    expect(awayStaff.map((p) => p.email)).toContain(away.staff.email);
    const ours = await as(home.manager).partners.users({ code: home.ruralStore.code });
    expect(ours.map((p) => p.email)).not.toContain(away.staff.email);

    // Someone already working for one of the manager's stores can be added to another.
    await as(home.manager).partners.inviteUser({
      code: home.ruralStore.code,
      email: home.staff.email,
      name: "Staff",
      role: "store_staff",
    });
    const after = await as(home.manager).partners.users({ code: home.ruralStore.code });
    expect(after.map((p) => p.email)).toContain(home.staff.email);
  });

  it("a manager takes a person off one of their stores; another region's manager cannot", async () => {
    const person = await createUser(db, "store_staff", { partnerIds: [home.mallStore.id, home.ruralStore.id] });
    await expect(
      as(away.manager).partners.removeUser({ code: home.ruralStore.code, userId: person.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await as(home.manager).partners.removeUser({ code: home.ruralStore.code, userId: person.id });
    const rural = await as(home.manager).partners.users({ code: home.ruralStore.code });
    expect(rural.map((p) => p.id)).not.toContain(person.id);
    const mall = await as(home.manager).partners.users({ code: home.mallStore.code });
    expect(mall.map((p) => p.id)).toContain(person.id);
    await expect(as(person).parcels.queue({ partnerCode: home.ruralStore.code })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
