import { hashPassword } from "@/server/auth/password";
import type { Db, DbOrTx } from "../client";
import {
  apiKeys,
  arrivalParcels,
  arrivals,
  carriers,
  closureDays,
  deliveryAttempts,
  events,
  malls,
  parcels,
  partnerMemberships,
  partners,
  pickupSchedules,
  proofFiles,
  regionMemberships,
  regions,
  users,
} from "../schema";
import { insertRows } from "./bulk";
import { SeedContext, type SeedRows } from "./context";
import { simulateMallStore } from "./mall";
import { DEMO_PASSWORD, driverPool } from "./people";
import { demoMalls } from "./places";
import { IdSource, TrackingIds } from "./random";
import { simulateRuralStore } from "./rural";
import { buildWorld, DEMO_CARRIER, rngFor } from "./world";

export { DEMO_PASSWORD } from "./people";
export { DEMO_API_KEY, DEMO_CARRIER } from "./world";

export type SeedSummary = {
  partners: number;
  users: number;
  parcels: number;
  arrivals: number;
  events: number;
  attempts: number;
};

/**
 * Every row of the demo, computed in memory: a pure function of `now` (and the password hash,
 * which is salted and so differs per call). Exposed so tests can check determinism cheaply.
 */
export function generateDemo(now: Date, passwordHash: string): SeedRows {
  const ids = new IdSource(0x5eed_1234);
  const ctx = new SeedContext(now, ids, new TrackingIds("HX"), { id: ids.uuid(), name: DEMO_CARRIER.name });
  const world = buildWorld(ctx, passwordHash);

  for (const mall of demoMalls) {
    const drivers = driverPool(rngFor(`${mall.key}:drivers`), 7, mall.state, "car");
    for (const ms of world.mallStores.filter((s) => s.mall.key === mall.key)) simulateMallStore(ctx, ms, drivers);
  }
  for (const rs of world.ruralStores) {
    const drivers = driverPool(rngFor(`${rs.def.code}:drivers`), 3, rs.def.state, "van");
    simulateRuralStore(ctx, rs, drivers);
  }
  // Ids of the audit trail then follow time, as they would have been written.
  ctx.rows.events.sort((a, b) => a.at!.getTime() - b.at!.getTime());
  return ctx.rows;
}

/**
 * Seeds the demo network (SPEC.md "Demo data and accounts") into an empty, migrated database,
 * in one transaction. Deterministic: the same `now` gives the same data. Callers decide whether
 * to seed (see `isDatabaseEmpty`; never in production).
 */
export async function seedDemo(db: Db, options: { now?: Date } = {}): Promise<SeedSummary> {
  // argon2 is slow on purpose: hash once, share it across every demo account.
  const rows = generateDemo(options.now ?? new Date(), await hashPassword(DEMO_PASSWORD));
  await db.transaction(async (tx) => insertAll(tx, rows));
  return {
    partners: rows.partners.length,
    users: rows.users.length,
    parcels: rows.parcels.length,
    arrivals: rows.arrivals.length,
    events: rows.events.length,
    attempts: rows.deliveryAttempts.length,
  };
}

async function insertAll(tx: DbOrTx, rows: SeedRows) {
  await insertRows(tx, carriers, rows.carriers);
  await insertRows(tx, apiKeys, rows.apiKeys);
  await insertRows(tx, regions, rows.regions);
  await insertRows(tx, malls, rows.malls);
  await insertRows(tx, partners, rows.partners);
  await insertRows(tx, closureDays, rows.closureDays);
  await insertRows(tx, pickupSchedules, rows.pickupSchedules);
  await insertRows(tx, users, rows.users);
  await insertRows(tx, partnerMemberships, rows.partnerMemberships);
  await insertRows(tx, regionMemberships, rows.regionMemberships);
  await insertRows(tx, arrivals, rows.arrivals);
  await insertRows(tx, parcels, rows.parcels);
  await insertRows(tx, arrivalParcels, rows.arrivalParcels);
  await insertRows(tx, proofFiles, rows.proofFiles);
  await insertRows(tx, deliveryAttempts, rows.deliveryAttempts);
  await insertRows(tx, events, rows.events);
}

/** True when nobody has an account yet: a fresh database that the demo may be seeded into. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length === 0;
}
