import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createParcel, createPartner, createRegion, createUser, createWorld } from "@/db/factories";
import { partnerMemberships } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { createCaller } from "@/server/trpc/root";

let db: Db;
let home: Awaited<ReturnType<typeof createWorld>>;
let away: Awaited<ReturnType<typeof createWorld>>;

function callerFor(user: { id: string; role: "store_staff" | "store_owner" | "regional_manager" | "admin" } | null) {
  return createCaller({ db, headers: new Headers(), sessionUser: user ? { id: user.id, role: user.role } : null });
}

beforeAll(async () => {
  db = (await testDatabase()).db;
  home = await createWorld(db);
  away = await createWorld(db);
});

describe("what each role can see", () => {
  it("store staff see exactly their own store", async () => {
    const codes = (await callerFor(home.staff).partners.list()).map((p) => p.code);
    expect(codes).toEqual([home.mallStore.code]);
  });

  it("a store owner sees exactly their store(s)", async () => {
    const second = await createPartner(db, { regionId: away.region.id, carrierId: away.carrier.id });
    const owner = await createUser(db, "store_owner", { partnerIds: [home.ruralStore.id, second.id] });
    const codes = (await callerFor(owner).partners.list()).map((p) => p.code).sort();
    expect(codes).toEqual([home.ruralStore.code, second.code].sort());
  });

  it("a regional manager sees every partner of their regions and no other", async () => {
    const codes = (await callerFor(home.manager).partners.list()).map((p) => p.code).sort();
    expect(codes).toEqual([home.mallStore.code, home.ruralStore.code].sort());
    const withCounts = await callerFor(home.manager).partners.withTodayCounts();
    expect(withCounts.map((p) => p.code).sort()).toEqual(codes);
  });

  it("an admin sees every partner", async () => {
    const admin = await createUser(db, "admin");
    const codes = (await callerFor(admin).partners.list()).map((p) => p.code);
    for (const code of [home.mallStore.code, home.ruralStore.code, away.mallStore.code, away.ruralStore.code]) {
      expect(codes).toContain(code);
    }
  });
});

describe("another store's or region's records answer NOT_FOUND", () => {
  it("for a partner outside the scope", async () => {
    await expect(callerFor(home.staff).partners.get({ code: away.mallStore.code })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(callerFor(home.manager).partners.today({ code: away.ruralStore.code })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("for a parcel of another store, with none of its data in the answer", async () => {
    const parcel = await createParcel(db, away.mallStore, { recipientName: "Secret Recipient" });
    const error = await callerFor(home.staff)
      .parcels.get({ trackingId: parcel.trackingId })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "NOT_FOUND" });
    expect(JSON.stringify(error)).not.toContain("Secret Recipient");
    // The same parcel is visible to its own store.
    const own = await createUser(db, "store_staff", { partnerIds: [away.mallStore.id] });
    const seen = await callerFor(own).parcels.get({ trackingId: parcel.trackingId });
    expect(seen.recipientName).toBe("Secret Recipient");
  });

  it("for a manager reaching into another region", async () => {
    const otherRegion = await createRegion(db);
    const manager = await createUser(db, "regional_manager", { regionIds: [otherRegion.id] });
    expect(await callerFor(manager).partners.list()).toEqual([]);
    const parcel = await createParcel(db, home.ruralStore);
    await expect(callerFor(manager).parcels.get({ trackingId: parcel.trackingId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("access follows the database, not the session", () => {
  it("removing a membership takes effect on the next request", async () => {
    const staff = await createUser(db, "store_staff", { partnerIds: [home.mallStore.id] });
    expect(await callerFor(staff).partners.list()).toHaveLength(1);
    await db.delete(partnerMemberships).where(eq(partnerMemberships.userId, staff.id));
    expect(await callerFor(staff).partners.list()).toEqual([]);
    await expect(callerFor(staff).partners.get({ code: home.mallStore.code })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("a signed-out caller is UNAUTHORIZED and a role-limited call is FORBIDDEN", async () => {
    await expect(callerFor(null).partners.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerFor(home.staff).partners.networkOverview()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("bad input is refused field by field", async () => {
    const error = await callerFor(home.staff)
      .parcels.get({ trackingId: "  " })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
  });
});
