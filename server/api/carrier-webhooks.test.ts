import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, setProcessDatabase } from "@/db/client";
import { createApiKey, createWorld } from "@/db/factories";
import { webhookDeliveries, webhookSubscriptions } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { callApi } from "./testing/client";

let db: Db;
let key: string;
let otherKey: string;

beforeAll(async () => {
  const handle = await testDatabase();
  setProcessDatabase(handle);
  db = handle.db;
  const world = await createWorld(db);
  const other = await createWorld(db);
  key = (await createApiKey(db, world.carrier.id)).key;
  otherKey = (await createApiKey(db, other.carrier.id)).key;
});

const hook = { url: "https://carrier.example/hooks/handoff", events: ["parcel.cancelled", "parcel.delivered"] };

describe("the carrier's own webhooks", () => {
  it("registers an endpoint (201 with the secret once), lists it without the secret, tests and deletes it", async () => {
    const created = await callApi("POST", "/api/v1/webhooks", { key, body: hook });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ url: hook.url, events: hook.events, active: true });
    expect(created.body.secret).toMatch(/^whsec_/);
    const { id } = created.body;

    const listed = await callApi("GET", "/api/v1/webhooks", { key });
    expect(listed.status).toBe(200);
    expect(listed.body.webhooks).toEqual([expect.objectContaining({ id, url: hook.url })]);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);

    const test = await callApi("POST", `/api/v1/webhooks/${id}/test`, { key });
    expect(test.status).toBe(202);
    const [queued] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, test.body.deliveryId));
    expect(queued).toMatchObject({ subscriptionId: id, eventType: "webhook.test", status: "pending" });

    expect((await callApi("DELETE", `/api/v1/webhooks/${id}`, { key })).status).toBe(204);
    expect((await callApi("GET", "/api/v1/webhooks", { key })).body.webhooks).toEqual([]);
    expect((await callApi("DELETE", `/api/v1/webhooks/${id}`, { key })).status).toBe(404);
  });

  it("never reaches another carrier's endpoint: it answers 404 and stays", async () => {
    const theirs = await callApi("POST", "/api/v1/webhooks", { key: otherKey, body: hook });
    const { id } = theirs.body;
    expect((await callApi("GET", "/api/v1/webhooks", { key })).body.webhooks).toEqual([]);
    expect((await callApi("POST", `/api/v1/webhooks/${id}/test`, { key })).status).toBe(404);
    const deleted = await callApi("DELETE", `/api/v1/webhooks/${id}`, { key });
    expect(deleted.status).toBe(404);
    expect(deleted.body.error.code).toBe("not_found");
    const [still] = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
    expect(still).toBeDefined();
  });

  it("refuses bad input with 400 and changes nothing, and a request without a key with 401", async () => {
    for (const body of [
      { url: "http://carrier.example/hooks", events: ["parcel.cancelled"] },
      { url: "not a url", events: ["parcel.cancelled"] },
      { url: hook.url, events: [] },
      { url: hook.url, events: ["parcel.exploded"] },
      { url: hook.url, events: ["webhook.test"] },
      { url: hook.url, events: ["parcel.cancelled"], secret: "mine" },
    ]) {
      const res = await callApi("POST", "/api/v1/webhooks", { key, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await callApi("GET", "/api/v1/webhooks", { key })).body.webhooks).toEqual([]);
    expect((await callApi("DELETE", "/api/v1/webhooks/not-a-uuid", { key })).status).toBe(400);
    expect((await callApi("GET", "/api/v1/webhooks")).status).toBe(401);
    expect((await callApi("POST", "/api/v1/webhooks", { body: hook })).status).toBe(401);
  });

  it("documents every new endpoint in the OpenAPI document", async () => {
    const { body } = await callApi("GET", "/api/v1/openapi.json");
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(["/parcels/{trackingId}/events", "/webhooks", "/webhooks/{id}", "/webhooks/{id}/test"]),
    );
    expect(body.paths["/webhooks/{id}"].delete).toBeDefined();
    expect(body.components.schemas.ParcelEvent).toBeDefined();
    expect(body.components.schemas.WebhookCreate.required).toEqual(expect.arrayContaining(["url", "events"]));
    expect(body.components.schemas.Partner.properties.openingHours).toBeDefined();
  });
});
