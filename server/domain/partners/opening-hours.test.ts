import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createUser, createWorld } from "@/db/factories";
import { partners } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { loadUserActor } from "../auth/load-actor";
import { setOpeningHours } from "./opening-hours";
import { getPartnerByCode } from "./queries";
import { openingHoursSchema } from "./schemas";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let other: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  other = await createWorld(db);
});

const actor = async (id: string) => (await loadUserActor({ db, userId: id }))!;
const week = { "1": { open: "09:00", close: "17:30" }, "6": { open: "10:00", close: "14:00" } };

describe("opening hours", () => {
  it("the region's manager and an admin set them; the store sees them", async () => {
    const manager = await actor(world.manager.id);
    expect(await setOpeningHours({ db, actor: manager, code: world.ruralStore.code, hours: week })).toEqual(week);
    const owner = await actor(world.owner.id);
    expect((await getPartnerByCode({ db, actor: owner, code: world.ruralStore.code })).openingHours).toEqual(week);
    const admin = await actor((await createUser(db, "admin")).id);
    expect(await setOpeningHours({ db, actor: admin, code: world.ruralStore.code, hours: {} })).toEqual({});
  });

  it("another region's manager gets not found, the store's own people are refused, nothing changes", async () => {
    const manager = await actor(world.manager.id);
    await setOpeningHours({ db, actor: manager, code: world.mallStore.code, hours: week });
    await expect(
      setOpeningHours({ db, actor: await actor(other.manager.id), code: world.mallStore.code, hours: {} }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      setOpeningHours({ db, actor: await actor(world.staff.id), code: world.mallStore.code, hours: {} }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      setOpeningHours({ db, actor: await actor(other.owner.id), code: world.mallStore.code, hours: {} }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [row] = await db
      .select({ h: partners.openingHours })
      .from(partners)
      .where(eq(partners.id, world.mallStore.id));
    expect(row?.h).toEqual(week);
  });

  it("refuses a closing before opening, a bad time, an unknown day or extra fields", () => {
    for (const hours of [
      { "1": { open: "17:00", close: "09:00" } },
      { "1": { open: "9am", close: "17:00" } },
      { "8": { open: "09:00", close: "17:00" } },
      { "1": { open: "09:00", close: "17:00", note: "x" } },
    ]) {
      expect(openingHoursSchema.safeParse(hours).success).toBe(false);
    }
  });
});
