import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setProcessDatabase } from "@/db/client";
import { createApiKey, createWorld } from "@/db/factories";
import { testDatabase } from "@/db/testing/database";
import { pointAt } from "@/lib/distance";
import { env } from "@/server/env";
import { answerCarrier, carrierAnswersDirectly } from "./node";

const fixed = [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }];
let server: Server;
let base: string;
let key: string;
let world: Awaited<ReturnType<typeof createWorld>>;
let previous: ReturnType<typeof setProcessDatabase>;

beforeAll(async () => {
  const handle = await testDatabase();
  previous = setProcessDatabase(handle);
  world = await createWorld(handle.db);
  key = (await createApiKey(handle.db, world.carrier.id)).key;
  server = createServer((req, res) => void answerCarrier(req, res, fixed));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  setProcessDatabase(previous);
});

function announcement() {
  return {
    partnerCode: world.mallStore.code,
    flow: "mall_pickup",
    serviceLevel: "same_day",
    promisedBy: new Date(Date.now() + 6 * 3600_000).toISOString(),
    recipient: {
      name: "Kim Lee",
      address: { line1: "1 A St", city: "Town", region: "NE", postalCode: "68822", country: "US" },
      location: pointAt(world.mallStore, 45, 1000),
    },
  };
}

function put(trackingId: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/v1/parcels/${trackingId}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers },
    body,
  });
}

describe("the Carrier API's parcel address answered by the production server itself", () => {
  it("takes a parcel's GET and PUT only, leaving every other API address to Next", () => {
    expect(carrierAnswersDirectly("PUT", "/api/v1/parcels/1Z999")).toBe(true);
    expect(carrierAnswersDirectly("GET", "/api/v1/parcels/1Z999")).toBe(true);
    expect(carrierAnswersDirectly("POST", "/api/v1/parcels/1Z999/events")).toBe(false);
    expect(carrierAnswersDirectly("DELETE", "/api/v1/parcels/1Z999")).toBe(false);
    expect(carrierAnswersDirectly("GET", "/api/v1/partners")).toBe(false);
    expect(carrierAnswersDirectly("GET", "/parcels/1Z999")).toBe(false);
  });

  it("announces a parcel (201, then 200 for the same one) and reads it back, with the API's headers", async () => {
    const first = await put("NODEDIRECT1", JSON.stringify(announcement()));
    expect(first.status).toBe(201);
    expect(first.headers.get("content-security-policy")).toBe(fixed[0]!.value);
    expect((await first.json()).trackingId).toBe("NODEDIRECT1");
    const again = await put("NODEDIRECT1", JSON.stringify(announcement()));
    expect(again.status).toBe(200);
    const read = await fetch(`${base}/api/v1/parcels/NODEDIRECT1`, { headers: { authorization: `Bearer ${key}` } });
    expect(read.status).toBe(200);
    expect((await read.json()).partnerCode).toBe(world.mallStore.code);
  });

  it("refuses as through Next: no key 401, broken JSON 400, a body past the limit 413, a broken address 400", async () => {
    const unsigned = await fetch(`${base}/api/v1/parcels/NODEDIRECT2`, { method: "PUT", body: "{}" });
    expect(unsigned.status).toBe(401);
    expect((await put("NODEDIRECT2", "{not json")).status).toBe(400);
    const huge = await put(
      "NODEDIRECT2",
      JSON.stringify({ ...announcement(), pad: "x".repeat(env.CARRIER_API_MAX_BODY_BYTES) }),
    );
    expect(huge.status).toBe(413);
    const broken = await put("NODE%E0%A4%A", JSON.stringify(announcement()));
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.code).toBe("invalid_path");
  });
});
