import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, setProcessDatabase } from "@/db/client";
import { createApiKey, createArrival, createParcel, createWorld } from "@/db/factories";
import { parcels } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { pointAt } from "@/lib/distance";
import { callApi } from "./testing/client";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let key: string;

beforeAll(async () => {
  const handle = await testDatabase();
  setProcessDatabase(handle);
  db = handle.db;
  world = await createWorld(db);
  key = (await createApiKey(db, world.carrier.id)).key;
});

const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

function parcelBody(overrides: { name?: string; promisedBy?: string } = {}) {
  return {
    partnerCode: world.mallStore.code,
    flow: "mall_pickup",
    serviceLevel: "same_day",
    promisedBy: overrides.promisedBy ?? hours(6),
    recipient: {
      name: overrides.name ?? "Rosa Diaz",
      address: { line1: "12 Elm St", city: "Lincoln", region: "NE", postalCode: "68508", country: "US" },
      location: pointAt(world.mallStore, 90, 2000),
    },
  };
}

describe("hostile input on the Carrier API", () => {
  it("answers broken percent-encoding in a path with 400, never a 500", async () => {
    for (const path of [
      "/api/v1/parcels/%25",
      "/api/v1/parcels/%",
      "/api/v1/arrivals/%C3",
      "/api/v1/arrivals/%zz/events",
    ]) {
      const method = path.endsWith("/events") ? "POST" : "GET";
      const body = method === "POST" ? { type: "arrived", at: hours(0) } : undefined;
      const res = await callApi(method, path, { key, body, headers: { "idempotency-key": randomUUID() } });
      expect(res.status, path).toBe(400);
      expect(res.body.error.code).toBe("invalid_path");
    }
  });

  it("refuses a NUL or other control character in any string, writing nothing", async () => {
    for (const name of ["Rosa\u0000Diaz", "Rosa\u001bDiaz", "Rosa\u0085"]) {
      const trackingId = `NUL-${randomUUID().slice(0, 8)}`;
      const res = await callApi("PUT", `/api/v1/parcels/${trackingId}`, { key, body: parcelBody({ name }) });
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([expect.objectContaining({ path: "recipient.name" })]);
      const [row] = await db.select({ n: count() }).from(parcels).where(eq(parcels.trackingId, trackingId));
      expect(row?.n).toBe(0);
    }
  });

  it("refuses times out of range with a 400 naming the field", async () => {
    const trackingId = `T-${randomUUID().slice(0, 8)}`;
    const farOff = await callApi("PUT", `/api/v1/parcels/${trackingId}`, {
      key,
      body: parcelBody({ promisedBy: "9999-12-31T00:00:00Z" }),
    });
    expect(farOff.status).toBe(400);
    expect(farOff.body.error.details).toEqual([expect.objectContaining({ path: "promisedBy" })]);
    const yearZero = await callApi("PUT", `/api/v1/parcels/${trackingId}`, {
      key,
      body: parcelBody({ promisedBy: "0000-01-01T00:00:00Z" }),
    });
    expect(yearZero.status).toBe(400);

    const arrival = await createArrival(db, world.mallStore, { windowStart: new Date(Date.now() - 600_000) });
    const path = `/api/v1/arrivals/${arrival.externalId}/events`;
    const early = await callApi("POST", path, {
      key,
      body: { type: "arrived", at: hours(48) },
      headers: { "idempotency-key": randomUUID() },
    });
    expect(early.status).toBe(400);
    expect(early.body.error).toMatchObject({ code: "time_out_of_range", details: [{ path: "at" }] });
    const eta = await callApi("POST", path, {
      key,
      body: { type: "eta", eta: hours(30) },
      headers: { "idempotency-key": randomUUID() },
    });
    expect(eta.body.error).toMatchObject({ code: "time_out_of_range", details: [{ path: "eta" }] });
  });

  it("replays an event's first answer byte for byte", async () => {
    const arrival = await createArrival(db, world.mallStore);
    const parcel = await createParcel(db, world.mallStore, { dueArrivalId: arrival.id });
    expect(parcel.id).toBeTruthy();
    const path = `/api/v1/arrivals/${arrival.externalId}/events`;
    const idem = { "idempotency-key": randomUUID() };
    const body = { type: "eta", eta: hours(0.5) };
    const first = await callApi("POST", path, { key, body, headers: idem });
    expect(first.status).toBe(200);
    const again = await callApi("POST", path, { key, body, headers: idem });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.text).toBe(first.text);
  });
});
