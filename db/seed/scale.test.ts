import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { verifyPassword } from "@/server/auth/password";
import { arrivals, events, parcels, partners, regionMemberships, users } from "../schema";
import { SCALE_MANAGER_EMAIL, seedScale } from "./scale";
import { freshDatabase } from "./test-database";

// The scale seed is SQL for a PostgreSQL server; on PGlite there is nothing to test.
describe.skipIf(!inject("testDatabaseUrl"))("seedScale", () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let result: { parcels: number; seconds: number };
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await freshDatabase();
    result = await seedScale(database.handle.sql!, { partners: 6, days: 12 });
  }, 120_000);

  afterAll(async () => {
    await database?.drop();
  });

  it("writes ~27 parcels a partner a day across mall and rural partners", async () => {
    expect(result.parcels).toBeGreaterThan(6 * 12 * 15);
    const [count] = await db().select({ n: sql<number>`count(*)::int` }).from(parcels);
    expect(count?.n).toBe(result.parcels);
    const programs = await db().selectDistinct({ program: partners.program }).from(partners);
    expect(programs.map((p) => p.program).sort()).toEqual(["local_delivery", "mall_pickup"]);
  });

  it("gives the scale manager every scale region, with the demo password", async () => {
    const [manager] = await db().select().from(users).where(eq(users.email, SCALE_MANAGER_EMAIL));
    expect(manager?.role).toBe("regional_manager");
    expect(await verifyPassword(manager!.passwordHash, "handoff-demo")).toBe(true);
    const regions = await db().select().from(regionMemberships).where(eq(regionMemberships.userId, manager!.id));
    expect(regions).toHaveLength(1);
  });

  it("keeps every parcel's and arrival's status equal to its latest event, none in the future", async () => {
    const latestParcel = sql`(select e.to_status from events e where e.parcel_id = ${parcels.id} order by e.at desc, e.id desc limit 1)`;
    const [p] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(parcels)
      .where(sql`${latestParcel} is distinct from ${parcels.status}::text`);
    expect(p?.n).toBe(0);
    const latestArrival = sql`(select e.to_status from events e where e.arrival_id = ${arrivals.id} and e.subject = 'arrival' order by e.at desc, e.id desc limit 1)`;
    const [a] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(arrivals)
      .where(sql`${latestArrival} is distinct from ${arrivals.status}::text`);
    expect(a?.n).toBe(0);
    const [future] = await db().select({ n: sql<number>`count(*)::int` }).from(events).where(sql`${events.at} > now()`);
    expect(future?.n).toBe(0);
  });

  it("keeps rural recipients inside the radius", async () => {
    const [row] = await db()
      .select({ max: sql<number>`max(${parcels.distanceMeters})` })
      .from(parcels)
      .where(eq(parcels.flow, "local_delivery"));
    expect(row?.max).toBeLessThanOrEqual(16_093.44);
  });

  it("refuses to seed the same database twice", async () => {
    await expect(seedScale(database.handle.sql!, { partners: 6, days: 12 })).rejects.toThrow(/already here/);
  });
});
