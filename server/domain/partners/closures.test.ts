import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createUser, createWorld } from "@/db/factories";
import { statsDirty } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { addDays, localDayOf } from "@/lib/local-day";
import { createCaller } from "@/server/trpc/root";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
});

const as = (user: { id: string; role: "store_staff" | "store_owner" | "regional_manager" | "admin" }) =>
  createCaller({ db, headers: new Headers(), sessionUser: { id: user.id, role: user.role } });

describe("closure days", () => {
  it("an owner closes up to five future days a year, each marking its figures stale", async () => {
    const code = world.ruralStore.code;
    const today = localDayOf(new Date(), "America/Chicago");
    const nextYear = String(Number(today.slice(0, 4)) + 1);
    const days = ["01-02", "03-04", "05-06", "07-08", "09-10"].map((d) => `${nextYear}-${d}`);
    for (const day of days) await as(world.owner).partners.addClosureDay({ code, day, reason: "Family event" });
    expect((await as(world.owner).partners.closureDays({ code })).map((c) => c.day)).toEqual(days);
    await expect(as(world.owner).partners.addClosureDay({ code, day: `${nextYear}-11-12` })).rejects.toThrow(
      /already has 5 closure days/,
    );
    await expect(as(world.owner).partners.addClosureDay({ code, day: today })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(as(world.owner).partners.addClosureDay({ code, day: days[0]! })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const [dirty] = await db.select().from(statsDirty).where(eq(statsDirty.partnerId, world.ruralStore.id));
    expect(dirty?.dayTo).toBe(days.at(-1));

    await as(world.owner).partners.removeClosureDay({ code, day: days[0]! });
    await as(world.owner).partners.addClosureDay({ code, day: addDays(`${nextYear}-12-01`, 0) });
    expect(await as(world.owner).partners.closureDays({ code })).toHaveLength(5);
  });

  it("staff cannot set closure days, nor can another store's owner", async () => {
    const staff = await createUser(db, "store_staff", { partnerIds: [world.ruralStore.id] });
    const day = `${Number(localDayOf(new Date(), "America/Chicago").slice(0, 4)) + 2}-06-01`;
    await expect(as(staff).partners.addClosureDay({ code: world.ruralStore.code, day })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const stranger = await createUser(db, "store_owner", { partnerIds: [world.mallStore.id] });
    await expect(as(stranger).partners.addClosureDay({ code: world.ruralStore.code, day })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
