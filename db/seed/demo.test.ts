import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { geodesicMeters, milesToMeters } from "@/lib/distance";
import { localDayBounds, localDayOf } from "@/lib/local-day";
import { verifyPassword } from "@/server/auth/password";
import { systemActor } from "@/server/domain/actor";
import { hashApiKey } from "@/server/domain/carriers/api-keys";
import { partnerFiguresFromRaw } from "@/server/domain/performance/raw";
import { partnerFiguresFromRollup, rollUpEverything } from "@/server/domain/performance/rollup";
import {
  apiKeys,
  arrivalParcels,
  arrivals,
  carriers,
  malls,
  parcels,
  partnerMemberships,
  partners,
  regionMemberships,
  regions,
  users,
} from "../schema";
import type { SeedRows } from "./context";
import { DEMO_API_KEY, generateDemo, isDatabaseEmpty, type SeedSummary, seedDemo } from "./demo";
import { freshDatabase } from "./test-database";

// A Tuesday morning in Nebraska (10:30 CDT), 08:30 in Chandler.
const NOW = new Date("2026-03-10T15:30:00Z");

// The demo fills whole tables, so it gets a database of its own.
let database: Awaited<ReturnType<typeof freshDatabase>>;
let summary: SeedSummary;
const db = () => database.handle.db;

beforeAll(async () => {
  database = await freshDatabase();
  expect(await isDatabaseEmpty(db())).toBe(true);
  summary = await seedDemo(db(), { now: NOW });
}, 180_000);

afterAll(async () => {
  await database?.drop();
});

async function partnerByCode(code: string) {
  const [row] = await db().select().from(partners).where(eq(partners.code, code));
  if (!row) throw new Error(`no partner ${code}`);
  return row;
}

describe("seedDemo", () => {
  it("fills the database and reports what it wrote", async () => {
    expect(await isDatabaseEmpty(db())).toBe(false);
    expect(summary.partners).toBeGreaterThanOrEqual(15);
    expect(summary.parcels).toBeGreaterThan(20_000);
    expect(summary.events).toBeGreaterThan(summary.parcels * 3);
    expect(summary.attempts).toBeGreaterThan(10_000);
  });

  it("creates the four documented accounts with their roles, memberships and password", async () => {
    const expected = {
      "staff@chandler.example": { role: "store_staff", partner: "CHN-SUNDIAL" },
      "owner@prairie.example": { role: "store_owner", partner: "NE-PRAIRIE" },
      "manager@west.example": { role: "regional_manager", region: "Southwest" },
      "admin@handoff.example": { role: "admin" },
    } as const;
    const rows = await db()
      .select()
      .from(users)
      .where(inArray(users.email, Object.keys(expected)));
    expect(rows).toHaveLength(4);
    for (const user of rows) {
      const want = expected[user.email as keyof typeof expected];
      expect(user.role).toBe(want.role);
      expect(await verifyPassword(user.passwordHash, "handoff-demo")).toBe(true);
      const stores = await db()
        .select({ code: partners.code })
        .from(partnerMemberships)
        .innerJoin(partners, eq(partners.id, partnerMemberships.partnerId))
        .where(eq(partnerMemberships.userId, user.id));
      expect(stores.map((s) => s.code)).toEqual("partner" in want ? [want.partner] : []);
      const managed = await db()
        .select({ name: regions.name })
        .from(regionMemberships)
        .innerJoin(regions, eq(regions.id, regionMemberships.regionId))
        .where(eq(regionMemberships.userId, user.id));
      expect(managed.map((r) => r.name)).toEqual("region" in want ? [want.region] : []);
    }
    const emails = await db().select({ email: users.email }).from(users);
    for (const { email } of emails) expect(email).toBe(email.toLowerCase());
  });

  it("seeds the five documented partners where SPEC.md puts them", async () => {
    const table = [
      [
        "CHN-SUNDIAL",
        "Sundial Outfitters",
        "mall_pickup",
        "America/Phoenix",
        33.3016,
        -111.8976,
        "Chandler Fashion Center",
      ],
      ["LAS-NEONLEAF", "Neon Leaf Apparel", "mall_pickup", "America/Los_Angeles", 36.1275, -115.171, "Fashion Show"],
      ["TYS-CAPITOL", "Capitol Books", "mall_pickup", "America/New_York", 38.9177, -77.2218, "Tysons Corner Center"],
      ["NE-PRAIRIE", "Prairie Bloom Florist", "local_delivery", "America/Chicago", 41.4019, -99.6393, null],
      ["MS-DELTA", "Delta Hardware", "local_delivery", "America/Chicago", 33.1843, -90.4893, null],
    ] as const;
    for (const [code, name, program, timeZone, lat, lng, mallName] of table) {
      const partner = await partnerByCode(code);
      expect(partner).toMatchObject({ name, program, timeZone, active: true });
      // Mall shops sit within a few hundred metres of the mall's centre.
      expect(geodesicMeters(partner, { lat, lng })).toBeLessThan(250);
      if (mallName) {
        const [mall] = await db().select().from(malls).where(eq(malls.id, partner.mallId!));
        expect(mall).toMatchObject({ name: mallName, lat, lng });
      } else {
        expect(partner).toMatchObject({ lat, lng, radiusMiles: 10, mallId: null });
      }
    }
  });

  it("stores the demo carrier's API key as a hash", async () => {
    const [key] = await db()
      .select({ code: carriers.code, prefix: apiKeys.prefix, revokedAt: apiKeys.revokedAt })
      .from(apiKeys)
      .innerJoin(carriers, eq(carriers.id, apiKeys.carrierId))
      .where(eq(apiKeys.keyHash, hashApiKey(DEMO_API_KEY)));
    expect(key).toEqual({ code: "demo-carrier", prefix: "demo-carr", revokedAt: null });
  });

  it("puts every rural recipient inside its store's radius", async () => {
    const rows = await db()
      .select({
        lat: parcels.recipientLat,
        lng: parcels.recipientLng,
        distance: parcels.distanceMeters,
        storeLat: partners.lat,
        storeLng: partners.lng,
        radius: partners.radiusMiles,
      })
      .from(parcels)
      .innerJoin(partners, eq(partners.id, parcels.partnerId))
      .where(eq(partners.program, "local_delivery"));
    expect(rows.length).toBeGreaterThan(10_000);
    for (const row of rows) {
      const meters = geodesicMeters({ lat: row.storeLat, lng: row.storeLng }, { lat: row.lat!, lng: row.lng! });
      expect(meters).toBeLessThanOrEqual(milesToMeters(row.radius));
      expect(row.distance).toBeCloseTo(meters, 3);
    }
  });

  it("gives NE-PRAIRIE today's drop-off with parcels to scan in and parcels to deliver", async () => {
    const store = await partnerByCode("NE-PRAIRIE");
    const { start, end } = localDayBounds(localDayOf(NOW, store.timeZone), store.timeZone);
    const [dropoff] = await db()
      .select()
      .from(arrivals)
      .where(
        and(
          eq(arrivals.partnerId, store.id),
          eq(arrivals.kind, "dropoff"),
          gte(arrivals.windowStart, start),
          lt(arrivals.windowStart, end),
        ),
      );
    expect(dropoff).toBeDefined();
    const manifest = await db()
      .select({ status: parcels.status })
      .from(arrivalParcels)
      .innerJoin(parcels, eq(parcels.id, arrivalParcels.parcelId))
      .where(eq(arrivalParcels.arrivalId, dropoff!.id));
    expect(manifest.filter((p) => p.status === "announced").length).toBeGreaterThan(0);
    expect(manifest.filter((p) => p.status === "at_store").length).toBeGreaterThan(0);
  });

  it("gives CHN-SUNDIAL parcels to prepare and ready ones for a pickup later today", async () => {
    const store = await partnerByCode("CHN-SUNDIAL");
    const { end } = localDayBounds(localDayOf(NOW, store.timeZone), store.timeZone);
    const due = await db()
      .select({ status: parcels.status })
      .from(parcels)
      .innerJoin(arrivals, eq(arrivals.id, parcels.dueArrivalId))
      .where(and(eq(parcels.partnerId, store.id), gte(arrivals.windowStart, NOW), lt(arrivals.windowStart, end)));
    expect(due.filter((p) => p.status === "announced").length).toBeGreaterThan(0);
    expect(due.filter((p) => p.status === "ready").length).toBeGreaterThan(0);
  });

  it("keeps every parcel's status equal to its latest event", async () => {
    const latest = sql`(select e.to_status from events e where e.parcel_id = ${parcels.id} order by e.at desc, e.id desc limit 1)`;
    const [row] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(parcels)
      .where(sql`${latest} is distinct from ${parcels.status}::text`);
    expect(row?.n).toBe(0);
  });

  it("is deterministic: the same now gives the same parcels", async () => {
    const stored = await db().select({ trackingId: parcels.trackingId }).from(parcels);
    const again = generateDemo(NOW, "unused-hash").parcels.map((p) => p.trackingId);
    expect(stored.map((p) => p.trackingId).sort()).toEqual([...again].sort());
  });
});

describe("generateDemo at awkward hours", () => {
  // Just after midnight in Chicago, 23:30 in Phoenix; and the morning clocks spring forward.
  const moments = [new Date("2026-11-25T06:30:00Z"), new Date("2026-03-08T08:30:00Z")];

  function check(rows: SeedRows, now: Date) {
    const code = (id: string) => rows.partners.find((p) => p.id === id)!.code;
    expect(rows.events.every((e) => e.at!.getTime() <= now.getTime())).toBe(true);
    const latest = new Map<string, string>();
    for (const e of rows.events) if (e.parcelId) latest.set(e.parcelId, e.toStatus!);
    for (const p of rows.parcels) expect(latest.get(p.id)).toBe(p.status);

    const prairie = rows.partners.find((p) => p.code === "NE-PRAIRIE")!;
    const today = localDayOf(now, prairie.timeZone);
    const dropoff = rows.arrivals.find(
      (a) => a.partnerId === prairie.id && localDayOf(a.windowStart, prairie.timeZone) === today,
    )!;
    const onIt = new Set(rows.arrivalParcels.filter((r) => r.arrivalId === dropoff.id).map((r) => r.parcelId));
    const statuses = rows.parcels.filter((p) => onIt.has(p.id)).map((p) => p.status);
    expect(statuses).toContain("announced");
    expect(statuses).toContain("at_store");

    const sundial = rows.partners.find((p) => p.code === "CHN-SUNDIAL")!;
    const sundialToday = localDayOf(now, sundial.timeZone);
    const upcoming = new Set(
      rows.arrivals
        .filter((a) => code(a.partnerId) === "CHN-SUNDIAL" && a.windowStart > now)
        .filter((a) => localDayOf(a.windowStart, sundial.timeZone) === sundialToday)
        .map((a) => a.id),
    );
    const due = rows.parcels.filter((p) => p.dueArrivalId && upcoming.has(p.dueArrivalId)).map((p) => p.status);
    expect(due).toContain("announced");
    expect(due).toContain("ready");
  }

  for (const now of moments) {
    // Generating the whole demo network is seconds of CPU; a busy machine may need more.
    it(`keeps the demo stores' live work at ${now.toISOString()}`, { timeout: 120_000 }, () => {
      check(generateDemo(now, "unused-hash"), now);
    });
  }
});

describe("performance rollups over the demo's history", () => {
  it("agree exactly with the figures recomputed from the raw rows, across a DST change", async () => {
    await rollUpEverything({ db: db() });
    // Three months up to the seed's today, including 2026-03-08 (clocks forward in the US).
    const period = { from: "2025-12-10", to: "2026-03-10" };
    const raw = await partnerFiguresFromRaw({ db: db(), actor: systemActor, ...period });
    const rolled = await partnerFiguresFromRollup({ db: db(), actor: systemActor, ...period });
    expect(rolled.length).toBe(raw.length);
    expect(rolled).toEqual(raw);
    // Not all zeros: the comparison is over real activity.
    expect(raw.reduce((sum, r) => sum + r.counters.deliveries + r.counters.parcelsDue, 0)).toBeGreaterThan(10_000);
  }, 120_000);
});
