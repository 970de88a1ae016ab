import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { createPartner, createWorld } from "@/db/factories";
import { partnerDayStats, partners } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { addDays, localDayOf } from "@/lib/local-day";
import { type Actor, systemActor } from "../actor";
import { loadUserActor } from "../auth/load-actor";
import { partnerHeadlineSeries, regionDailySeries } from "./daily";
import { performanceDashboard } from "./dashboard";
import { emptyCounters, fraction } from "./definitions";
import { recomputePartnerDays } from "./rollup";
import { partnerTotalsFromRollup } from "./rollup-totals";
import { listenForStatsChanges, statsChannel } from "./totals-cache";

let handle: DatabaseHandle;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  handle = await testDatabase();
  world = await createWorld(handle.db);
  await listenForStatsChanges(handle);
});

const today = localDayOf(new Date(), "America/Chicago");
const periods = [{ from: addDays(today, -6), to: today }];

/** A partner of its own, so nothing else in the file touches its days. */
async function freshPartner() {
  return createPartner(handle.db, {
    regionId: world.region.id,
    carrierId: world.carrier.id,
    program: "local_delivery",
  });
}

async function receivedBy(db: DatabaseHandle["db"], partnerId: string) {
  const [totals = []] = await partnerTotalsFromRollup({ db, actor: systemActor, periods, partnerIds: [partnerId] });
  return totals[0]?.counters.received;
}

/** A rollup row written behind the cache's back, as another instance's refresh would be. */
async function writeBehind(partnerId: string, received: number) {
  await handle.db
    .insert(partnerDayStats)
    .values({ partnerId, day: today, counters: { ...emptyCounters(), received } })
    .onConflictDoUpdate({
      target: [partnerDayStats.partnerId, partnerDayStats.day],
      set: { counters: sql`excluded.counters` },
    });
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, withinMs = 1_000) {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the dashboard's kept sums", () => {
  it("are kept until a rollup changes, then read afresh: at once here, on a notice from elsewhere", async () => {
    const partner = await freshPartner();
    expect(await receivedBy(handle.db, partner.id)).toBe(0);

    await writeBehind(partner.id, 5);
    // Nothing said the rollup changed: the kept sum answers.
    expect(await receivedBy(handle.db, partner.id)).toBe(0);

    await handle.db.execute(sql`select pg_notify(${statsChannel}, '')`);
    expect(
      await eventually(
        () => receivedBy(handle.db, partner.id),
        (n) => n === 5,
      ),
    ).toBe(5);

    // A refresh here rewrites the day from the raw tables (nothing received) and is seen at once.
    await recomputePartnerDays({ db: handle.db, stale: { partnerId: partner.id, from: today, to: today } });
    expect(await receivedBy(handle.db, partner.id)).toBe(0);
  });

  it("are never given to someone outside their scope, whoever summed them first", async () => {
    const partner = await freshPartner();
    await writeBehind(partner.id, 7);
    expect(await receivedBy(handle.db, partner.id)).toBe(7);
    // The rural store's owner names the fresh partner: not theirs, so nothing, kept sums or not.
    const owner = (await loadUserActor({ db: handle.db, userId: world.owner.id }))!;
    const [totals] = await partnerTotalsFromRollup({ db: handle.db, actor: owner, periods, partnerIds: [partner.id] });
    expect(totals).toEqual([]);
  });
});

describe("what the performance page derives from the sums", () => {
  const period = periods[0]!;
  const manager = async () => (await loadUserActor({ db: handle.db, userId: world.manager.id }))!;
  async function rowOf(actor: Actor, partnerId: string) {
    const dashboard = await performanceDashboard({ db: handle.db, actor, period });
    const row = dashboard.partners.find((p) => p.id === partnerId);
    return row && { name: row.name, completion: fraction(row.figures.rural.deliveryCompletion) };
  }
  async function sparkline(actor: Actor, partnerId: string) {
    const { partners } = await partnerHeadlineSeries({ db: handle.db, actor, period, partnerIds: [partnerId] });
    return partners[0]?.values.at(-1);
  }

  it("is kept until a rollup changes; a renamed partner shows its new name at once", async () => {
    const partner = await freshPartner();
    const actor = await manager();
    expect(await rowOf(actor, partner.id)).toMatchObject({ completion: null });
    expect(await sparkline(actor, partner.id)).toBeNull();

    await writeBehind(partner.id, 5);
    expect(await rowOf(actor, partner.id)).toMatchObject({ completion: null });
    expect(await sparkline(actor, partner.id)).toBeNull();

    // What is read of the partners is part of the key: the new name, beside the sums still kept.
    await handle.db
      .update(partners)
      .set({ name: `${partner.name} renamed` })
      .where(eq(partners.id, partner.id));
    expect(await rowOf(actor, partner.id)).toEqual({ name: `${partner.name} renamed`, completion: null });

    await handle.db.execute(sql`select pg_notify(${statsChannel}, '')`);
    expect(
      await eventually(
        () => rowOf(actor, partner.id),
        (row) => row?.completion === 0,
      ),
    ).toMatchObject({ completion: 0 });
    expect(await sparkline(actor, partner.id)).toBe(0);
  });

  it("is never given to someone who sees less, whoever computed it first", async () => {
    const actor = await manager();
    const owner = (await loadUserActor({ db: handle.db, userId: world.owner.id }))!;
    const managers = await performanceDashboard({ db: handle.db, actor, period });
    expect(managers.regions.length).toBe(1);
    const owners = await performanceDashboard({ db: handle.db, actor: owner, period });
    expect(owners.partners.map((p) => p.id)).toEqual([world.ruralStore.id]);
    expect(owners.regions).toEqual([]);
    expect(owners.malls).toEqual([]);
    // The region's today counts the parcels the earlier tests' partners received; the owner's store has none.
    const today = async (who: Actor) => (await regionDailySeries({ db: handle.db, actor: who, period })).days.at(-1);
    expect((await today(actor))?.figures.completion).toBe(0);
    expect((await today(owner))?.figures.completion).toBeNull();
  });
});

// Two instances are two processes with their own pools; PGlite is one process's own database.
describe.skipIf(!inject("testDatabaseUrl"))("two instances on one PostgreSQL database", () => {
  let other: DatabaseHandle;

  beforeAll(async () => {
    other = openDatabase({ url: inject("testDatabaseUrl")!, max: 2 });
    await listenForStatsChanges(other);
  });
  afterAll(() => other.close());

  it("a rollup refreshed through one is read afresh on the other within a second", async () => {
    const partner = await freshPartner();
    await writeBehind(partner.id, 3);
    expect(await receivedBy(other.db, partner.id)).toBe(3);
    // Kept on the other instance from here on: only the notice can change its answer.
    await writeBehind(partner.id, 4);
    expect(await receivedBy(other.db, partner.id)).toBe(3);

    await recomputePartnerDays({ db: handle.db, stale: { partnerId: partner.id, from: today, to: today } });
    expect(
      await eventually(
        () => receivedBy(other.db, partner.id),
        (n) => n === 0,
      ),
    ).toBe(0);
  });
});
