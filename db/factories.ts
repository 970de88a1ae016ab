import { randomUUID } from "node:crypto";
import { hashApiKey } from "@/server/domain/carriers/api-keys";
import type { DbOrTx } from "./client";
import {
  apiKeys,
  arrivals,
  carriers,
  malls,
  type ParcelStatus,
  type Program,
  parcels,
  partnerMemberships,
  partners,
  type Role,
  regionMemberships,
  regions,
  users,
} from "./schema";

/** Test data with unique values, so tests can share one database and run in parallel. */

function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function createRegion(db: DbOrTx, overrides: Partial<typeof regions.$inferInsert> = {}) {
  const [row] = await db
    .insert(regions)
    .values({ name: unique("Region"), timeZone: "America/Chicago", ...overrides })
    .returning();
  return row!;
}

export async function createCarrier(db: DbOrTx, overrides: Partial<typeof carriers.$inferInsert> = {}) {
  const code = unique("carrier");
  const [row] = await db
    .insert(carriers)
    .values({ code, name: code, ...overrides })
    .returning();
  return row!;
}

export async function createMall(db: DbOrTx, regionId: string, overrides: Partial<typeof malls.$inferInsert> = {}) {
  const [row] = await db
    .insert(malls)
    .values({
      name: unique("Mall"),
      addressLine1: "1 Mall Way",
      city: "Chandler",
      state: "AZ",
      postalCode: "85226",
      lat: 33.3016,
      lng: -111.8976,
      timeZone: "America/Phoenix",
      regionId,
      ...overrides,
    })
    .returning();
  return row!;
}

export async function createPartner(
  db: DbOrTx,
  refs: { regionId: string; carrierId: string; mallId?: string | null; program?: Program },
  overrides: Partial<typeof partners.$inferInsert> = {},
) {
  const code = unique("P").toUpperCase();
  const [row] = await db
    .insert(partners)
    .values({
      code,
      name: `Partner ${code}`,
      program: refs.program ?? (refs.mallId ? "mall_pickup" : "local_delivery"),
      regionId: refs.regionId,
      carrierId: refs.carrierId,
      mallId: refs.mallId ?? null,
      addressLine1: "100 Main St",
      city: "Broken Bow",
      state: "NE",
      postalCode: "68822",
      lat: 41.4019,
      lng: -99.6393,
      timeZone: "America/Chicago",
      ...overrides,
    })
    .returning();
  return row!;
}

export async function createUser(
  db: DbOrTx,
  role: Role,
  memberships: { partnerIds?: string[]; regionIds?: string[] } = {},
  overrides: Partial<typeof users.$inferInsert> = {},
) {
  const [row] = await db
    .insert(users)
    .values({
      email: `${unique("user")}@test.example`,
      name: unique("Person"),
      // Not a usable hash: factory users sign in through callers, not the form.
      passwordHash: "unusable",
      role,
      ...overrides,
    })
    .returning();
  const user = row!;
  for (const partnerId of memberships.partnerIds ?? []) {
    await db.insert(partnerMemberships).values({ userId: user.id, partnerId });
  }
  for (const regionId of memberships.regionIds ?? []) {
    await db.insert(regionMemberships).values({ userId: user.id, regionId });
  }
  return user;
}

export async function createParcel(
  db: DbOrTx,
  partner: { id: string; carrierId: string; program: Program; lat: number; lng: number },
  overrides: Partial<typeof parcels.$inferInsert> & { status?: ParcelStatus } = {},
) {
  const [row] = await db
    .insert(parcels)
    .values({
      trackingId: unique("TRK").toUpperCase(),
      partnerId: partner.id,
      carrierId: partner.carrierId,
      flow: partner.program,
      serviceLevel: "same_day",
      promisedBy: new Date(Date.now() + 8 * 3600_000),
      recipientName: "Test Recipient",
      recipientLine1: "1 Elm St",
      recipientCity: "Broken Bow",
      recipientRegion: "NE",
      recipientPostalCode: "68822",
      recipientCountry: "US",
      recipientLat: partner.lat + 0.01,
      recipientLng: partner.lng + 0.01,
      ...overrides,
    })
    .returning();
  return row!;
}

export async function createArrival(
  db: DbOrTx,
  partner: { id: string; carrierId: string; program: Program },
  overrides: Partial<typeof arrivals.$inferInsert> = {},
) {
  const start = new Date(Date.now() + 3600_000);
  const [row] = await db
    .insert(arrivals)
    .values({
      carrierId: partner.carrierId,
      externalId: unique("ARR"),
      partnerId: partner.id,
      kind: partner.program === "mall_pickup" ? "pickup" : "dropoff",
      windowStart: start,
      windowEnd: new Date(start.getTime() + 30 * 60_000),
      driverName: "Dana Driver",
      ...overrides,
    })
    .returning();
  return row!;
}

/** A small world: one region with a mall store and a rural store, and people for each role. */
export async function createWorld(db: DbOrTx) {
  const region = await createRegion(db);
  const carrier = await createCarrier(db);
  const mall = await createMall(db, region.id);
  const mallStore = await createPartner(
    db,
    { regionId: region.id, carrierId: carrier.id, mallId: mall.id },
    {
      city: mall.city,
      state: mall.state,
      postalCode: mall.postalCode,
      lat: mall.lat,
      lng: mall.lng,
      timeZone: mall.timeZone,
    },
  );
  const ruralStore = await createPartner(db, { regionId: region.id, carrierId: carrier.id });
  const staff = await createUser(db, "store_staff", { partnerIds: [mallStore.id] });
  const owner = await createUser(db, "store_owner", { partnerIds: [ruralStore.id] });
  const manager = await createUser(db, "regional_manager", { regionIds: [region.id] });
  return { region, carrier, mall, mallStore, ruralStore, staff, owner, manager };
}

/** An API key for a carrier, with the plain key to send as a Bearer token. */
export async function createApiKey(db: DbOrTx, carrierId: string) {
  const key = `test_${randomUUID()}`;
  const [row] = await db
    .insert(apiKeys)
    .values({ carrierId, name: "test key", prefix: key.slice(0, 9), keyHash: hashApiKey(key) })
    .returning({ id: apiKeys.id });
  return { key, id: row!.id };
}
