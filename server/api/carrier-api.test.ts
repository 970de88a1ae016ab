import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, type Db, setProcessDatabase } from "@/db/client";
import { createApiKey, createWorld } from "@/db/factories";
import { apiKeys, arrivals, events, parcels, partners } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { METERS_PER_MILE, pointAt } from "@/lib/distance";
import { CarrierKeyCache } from "./carrier-key-cache";
import { errorResponse } from "./http";
import { callApi } from "./testing/client";

let handle: DatabaseHandle;
let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let other: Awaited<ReturnType<typeof createWorld>>;
let key: string;

beforeAll(async () => {
  handle = await testDatabase();
  setProcessDatabase(handle);
  db = handle.db;
  world = await createWorld(db);
  other = await createWorld(db);
  key = (await createApiKey(db, world.carrier.id)).key;
});

const newId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 12)}`;

/** A point at an exact geodesic distance east-north-east of the store. */
function pointAtMiles(origin: { lat: number; lng: number }, miles: number) {
  return pointAt(origin, 60, miles * METERS_PER_MILE);
}

function parcelBody(
  partner: { code: string; program: "mall_pickup" | "local_delivery"; lat: number; lng: number },
  miles = 2,
) {
  return {
    partnerCode: partner.code,
    flow: partner.program,
    serviceLevel: "same_day",
    promisedBy: new Date(Date.now() + 6 * 3_600_000).toISOString(),
    recipient: {
      name: "Rosa Diaz",
      phone: "+1 308 555 0100",
      address: { line1: "12 Elm St", city: "Broken Bow", region: "NE", postalCode: "68822", country: "US" },
      location: pointAtMiles(partner, miles),
    },
    weightGrams: 1200,
  };
}

async function eventCount(trackingId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(events)
    .innerJoin(parcels, eq(parcels.id, events.parcelId))
    .where(eq(parcels.trackingId, trackingId));
  return row?.n ?? 0;
}

describe("health and the OpenAPI document", () => {
  it("answers health without a key", async () => {
    expect(await callApi("GET", "/api/v1/health")).toMatchObject({ status: 200, body: { status: "ok" } });
  });

  it("serves an OpenAPI 3.1 document describing every endpoint from the request schemas", async () => {
    const { status, body } = await callApi("GET", "/api/v1/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        "/partners",
        "/parcels/{trackingId}",
        "/arrivals/{arrivalId}",
        "/arrivals/{arrivalId}/events",
      ]),
    );
    expect(body.components.schemas.ParcelPut.required).toEqual(
      expect.arrayContaining(["partnerCode", "flow", "serviceLevel", "promisedBy", "recipient"]),
    );
  });
});

describe("authentication", () => {
  it("refuses a request without a key or with an unknown one", async () => {
    const none = await callApi("GET", "/api/v1/partners");
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe("unauthorized");
    expect((await callApi("GET", "/api/v1/partners", { key: "nope" })).status).toBe(401);
  });

  it("lists only this carrier's active partners", async () => {
    await db.update(partners).set({ active: false }).where(eq(partners.id, world.ruralStore.id));
    const { status, body } = await callApi("GET", "/api/v1/partners", { key });
    await db.update(partners).set({ active: true }).where(eq(partners.id, world.ruralStore.id));
    expect(status).toBe(200);
    expect(body.partners.map((p: { code: string }) => p.code)).toEqual([world.mallStore.code]);
    expect(body.partners[0]).toMatchObject({
      program: "mall_pickup",
      timeZone: "America/Phoenix",
      location: { lat: world.mallStore.lat, lng: world.mallStore.lng },
      mall: { name: world.mall.name },
      closureDays: [],
    });
  });

  const bearer = (k: string) =>
    new Request("http://portal.test/api/v1/partners", { headers: { authorization: `Bearer ${k}` } });

  it("refuses once the key's rate limit is reached, saying when to retry", async () => {
    const created = await createApiKey(db, world.carrier.id);
    const keys = new CarrierKeyCache(handle);
    const now = new Date("2026-11-24T15:00:20Z");
    for (let i = 0; i < 3; i++) await keys.authenticate(bearer(created.key), 3, now);
    const refused = await keys.authenticate(bearer(created.key), 3, now).catch((e: unknown) => e);
    const response = errorResponse(refused);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("40");
    expect((await response.json()).error.code).toBe("rate_limited");
  });

  it("refuses an unknown, a missing and a revoked key, and records a key's last use", async () => {
    const created = await createApiKey(db, world.carrier.id);
    const keys = new CarrierKeyCache(handle);
    const now = new Date("2026-11-24T16:00:50Z");
    expect(await keys.authenticate(bearer(created.key), 2, now)).toMatchObject({
      carrierId: world.carrier.id,
      keyId: created.id,
    });
    const unknown = errorResponse(await keys.authenticate(bearer("not-a-key"), 2, now).catch((e: unknown) => e));
    expect(unknown.status).toBe(401);
    const missing = await keys.authenticate(new Request("http://portal.test/"), 2, now).catch((e: unknown) => e);
    expect(errorResponse(missing).status).toBe(401);
    const [used] = await db.select({ at: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(used?.at).toBeInstanceOf(Date);
    await db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, created.id));
    // Another minute: the key is read again, whether or not the notice has arrived yet.
    const revoked = await keys.authenticate(bearer(created.key), 100, new Date()).catch((e: unknown) => e);
    expect(errorResponse(revoked).status).toBe(401);
  });
});

describe("PUT /parcels/{trackingId}", () => {
  it("announces a parcel (201), changes nothing on a repeat (200), and updates on a change", async () => {
    const trackingId = newId("TRK");
    const body = parcelBody(world.ruralStore);
    const created = await callApi("PUT", `/api/v1/parcels/${trackingId}`, { key, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ trackingId, status: "announced", partnerCode: world.ruralStore.code });
    expect(created.body.distanceMiles).toBeCloseTo(2, 2);

    const repeated = await callApi("PUT", `/api/v1/parcels/${trackingId}`, { key, body });
    expect(repeated.status).toBe(200);
    expect(await eventCount(trackingId)).toBe(1);

    const changed = await callApi("PUT", `/api/v1/parcels/${trackingId}`, {
      key,
      body: { ...body, recipient: { ...body.recipient, name: "Rosa M. Diaz" } },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.recipient.name).toBe("Rosa M. Diaz");
    expect(await eventCount(trackingId)).toBe(2);

    const fetched = await callApi("GET", `/api/v1/parcels/${trackingId}`, { key });
    expect(fetched.body.events.map((e: { type: string }) => e.type)).toEqual(["announced", "updated"]);
  });

  it("accepts a recipient 9.9 miles away and refuses one 10.1 miles away with the distance", async () => {
    const inside = newId("TRK");
    expect(
      (await callApi("PUT", `/api/v1/parcels/${inside}`, { key, body: parcelBody(world.ruralStore, 9.9) })).status,
    ).toBe(201);

    const outside = newId("TRK");
    const refused = await callApi("PUT", `/api/v1/parcels/${outside}`, {
      key,
      body: parcelBody(world.ruralStore, 10.1),
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("out_of_radius");
    expect(refused.body.error.details.distanceMiles).toBeCloseTo(10.1, 2);
    expect(refused.body.error.details.radiusMiles).toBe(10);
    const [row] = await db.select({ n: count() }).from(parcels).where(eq(parcels.trackingId, outside));
    expect(row?.n).toBe(0);
  });

  it("answers malformed JSON and wrong types with 400 and the failing fields", async () => {
    const malformed = await callApi("PUT", `/api/v1/parcels/${newId("TRK")}`, { key, rawBody: "{not json" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe("malformed_json");

    const wrong = await callApi("PUT", `/api/v1/parcels/${newId("TRK")}`, {
      key,
      body: { ...parcelBody(world.ruralStore), serviceLevel: "overnight", weightGrams: "heavy" },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe("invalid_body");
    const paths = wrong.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(["serviceLevel", "weightGrams"]));
  });

  it("refuses an unknown partner and another carrier's partner alike (422 unknown_partner)", async () => {
    for (const partnerCode of ["NO-SUCH-STORE", other.ruralStore.code]) {
      const res = await callApi("PUT", `/api/v1/parcels/${newId("TRK")}`, {
        key,
        body: { ...parcelBody(world.ruralStore), partnerCode },
      });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe("unknown_partner");
    }
  });

  it("refuses a flow that does not match the partner, and a rural parcel without a location", async () => {
    const mismatch = await callApi("PUT", `/api/v1/parcels/${newId("TRK")}`, {
      key,
      body: { ...parcelBody(world.ruralStore), flow: "mall_pickup" },
    });
    expect(mismatch.body.error.code).toBe("flow_mismatch");
    const body = parcelBody(world.ruralStore);
    const { location: _omit, ...recipient } = body.recipient;
    const noLocation = await callApi("PUT", `/api/v1/parcels/${newId("TRK")}`, { key, body: { ...body, recipient } });
    expect(noLocation.status).toBe(422);
    expect(noLocation.body.error.code).toBe("location_required");
  });

  it("refuses a body over the size limit", async () => {
    const huge = await callApi("PUT", `/api/v1/parcels/${newId("TRK")}`, {
      key,
      rawBody: JSON.stringify({ ...parcelBody(world.ruralStore), padding: "x".repeat(1_100_000) }),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("payload_too_large");
  });

  it("does not show another carrier's parcel", async () => {
    const otherKey = (await createApiKey(db, other.carrier.id)).key;
    const trackingId = newId("TRK");
    await callApi("PUT", `/api/v1/parcels/${trackingId}`, { key: otherKey, body: parcelBody(other.ruralStore) });
    const res = await callApi("GET", `/api/v1/parcels/${trackingId}`, { key });
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain("Rosa");
  });

  it("lets a carrier use a tracking ID another carrier uses, as if it were not there", async () => {
    const otherKey = (await createApiKey(db, other.carrier.id)).key;
    const trackingId = newId("TRK");
    const theirs = await callApi("PUT", `/api/v1/parcels/${trackingId}`, {
      key: otherKey,
      body: parcelBody(other.ruralStore),
    });
    expect(theirs.status).toBe(201);
    const mine = await callApi("PUT", `/api/v1/parcels/${trackingId}`, { key, body: parcelBody(world.ruralStore) });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ trackingId, partnerCode: world.ruralStore.code });
    const fetched = await callApi("GET", `/api/v1/parcels/${trackingId}`, { key });
    expect(fetched.body.events).toHaveLength(1);
    const theirsFetched = await callApi("GET", `/api/v1/parcels/${trackingId}`, { key: otherKey });
    expect(theirsFetched.body.partnerCode).toBe(other.ruralStore.code);
  });
});

describe("arrivals and their events", () => {
  async function announceMall(n: number) {
    const ids = Array.from({ length: n }, () => newId("MALL"));
    for (const id of ids) {
      const res = await callApi("PUT", `/api/v1/parcels/${id}`, { key, body: parcelBody(world.mallStore, 5) });
      expect(res.status).toBe(201);
    }
    return ids;
  }

  function pickup(trackingIds: string[], startOffsetMinutes = 60) {
    const start = new Date(Date.now() + startOffsetMinutes * 60_000);
    return {
      partnerCode: world.mallStore.code,
      kind: "pickup",
      windowStart: start.toISOString(),
      windowEnd: new Date(start.getTime() + 30 * 60_000).toISOString(),
      driver: { name: "Dana Driver", vehicle: "Blue Civic" },
      parcels: trackingIds,
    };
  }

  it("schedules a pickup with its manifest and refuses unknown parcels without writing anything", async () => {
    const ids = await announceMall(2);
    const arrivalId = newId("ARR");
    const res = await callApi("PUT", `/api/v1/arrivals/${arrivalId}`, { key, body: pickup(ids) });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ arrivalId, status: "scheduled", parcels: [...ids].sort() });

    const badId = newId("ARR");
    const bad = await callApi("PUT", `/api/v1/arrivals/${badId}`, { key, body: pickup([...ids, "NOT-A-PARCEL"]) });
    expect(bad.status).toBe(422);
    expect(bad.body.error).toMatchObject({ code: "unknown_parcels", details: { trackingIds: ["NOT-A-PARCEL"] } });
    const [row] = await db.select({ n: count() }).from(arrivals).where(eq(arrivals.externalId, badId));
    expect(row?.n).toBe(0);

    const wrongKind = await callApi("PUT", `/api/v1/arrivals/${newId("ARR")}`, {
      key,
      body: { ...pickup(ids), kind: "dropoff" },
    });
    expect(wrongKind.body.error.code).toBe("kind_mismatch");
  });

  it("requires an Idempotency-Key, and a replay returns the first answer and changes nothing", async () => {
    const arrivalId = newId("ARR");
    await callApi("PUT", `/api/v1/arrivals/${arrivalId}`, { key, body: pickup(await announceMall(1)) });
    const path = `/api/v1/arrivals/${arrivalId}/events`;
    const eta = { type: "eta", eta: new Date(Date.now() + 50 * 60_000).toISOString() };
    expect((await callApi("POST", path, { key, body: eta })).body.error.code).toBe("idempotency_key_required");

    const idem = { "idempotency-key": randomUUID() };
    const first = await callApi("POST", path, { key, body: eta, headers: idem });
    expect(first.status).toBe(200);
    expect(first.body.arrival.status).toBe("en_route");
    const again = await callApi("POST", path, { key, body: eta, headers: idem });
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const arrivalEvents = await db
      .select({ n: count() })
      .from(events)
      .innerJoin(arrivals, eq(arrivals.id, events.arrivalId))
      .where(and(eq(arrivals.externalId, arrivalId), eq(events.subject, "arrival")));
    expect(arrivalEvents[0]?.n).toBe(2); // scheduled, en_route

    const different = await callApi("POST", path, {
      key,
      body: { type: "arrived", at: new Date().toISOString() },
      headers: idem,
    });
    expect(different.status).toBe(422);
    expect(different.body.error.code).toBe("idempotency_key_reused");
  });

  it("reconciles a departure: taken parcels are picked up, the rest are missed with a cause and roll on", async () => {
    const [readyTaken, readyLeft, notReady] = await announceMall(3);
    const arrivalId = newId("ARR");
    const nextId = newId("ARR");
    await callApi("PUT", `/api/v1/arrivals/${arrivalId}`, { key, body: pickup([readyTaken!, readyLeft!, notReady!]) });
    await callApi("PUT", `/api/v1/arrivals/${nextId}`, { key, body: pickup([], 240) });
    await db.update(parcels).set({ status: "ready" }).where(eq(parcels.trackingId, readyTaken!));
    await db.update(parcels).set({ status: "ready" }).where(eq(parcels.trackingId, readyLeft!));

    const path = `/api/v1/arrivals/${arrivalId}/events`;
    const headers = () => ({ "idempotency-key": randomUUID() });
    await callApi("POST", path, { key, body: { type: "arrived", at: new Date().toISOString() }, headers: headers() });
    const departed = await callApi("POST", path, {
      key,
      body: { type: "departed", at: new Date().toISOString(), pickedUp: [readyTaken] },
      headers: headers(),
    });
    expect(departed.status).toBe(200);
    expect(departed.body.arrival.status).toBe("completed");
    expect(departed.body.discrepancies).toEqual(
      expect.arrayContaining([
        { trackingId: readyLeft, kind: "not_taken" },
        { trackingId: notReady, kind: "not_ready" },
      ]),
    );
    const taken = await callApi("GET", `/api/v1/parcels/${readyTaken}`, { key });
    expect(taken.body.status).toBe("picked_up");
    const next = await callApi("GET", `/api/v1/arrivals/${nextId}`, { key });
    expect(next.body.parcels).toEqual([readyLeft, notReady].sort());
  });

  it("refuses an event that does not fit the arrival's status, naming it", async () => {
    const arrivalId = newId("ARR");
    await callApi("PUT", `/api/v1/arrivals/${arrivalId}`, { key, body: pickup([]) });
    const path = `/api/v1/arrivals/${arrivalId}/events`;
    await callApi("POST", path, {
      key,
      body: { type: "cancelled", reason: "Driver sick" },
      headers: { "idempotency-key": randomUUID() },
    });
    const late = await callApi("POST", path, {
      key,
      body: { type: "arrived", at: new Date().toISOString() },
      headers: { "idempotency-key": randomUUID() },
    });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/is cancelled/);
  });
});
