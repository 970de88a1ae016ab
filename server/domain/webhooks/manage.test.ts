import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createUser, createWorld } from "@/db/factories";
import { webhookDeliveries, webhookSubscriptions } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { callerAs } from "../admin/testing";
import { attemptWebhookDelivery, MAX_WEBHOOK_ATTEMPTS, webhookBackoffMs } from "./deliver";
import { signatureHeader, verifyWebhook } from "./signature";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let admin: Awaited<ReturnType<typeof createUser>>;
let server: Server;
let url: string;
const received: { body: string; signature: string }[] = [];

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  admin = await createUser(db, "admin");
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      received.push({ body, signature: String(req.headers[signatureHeader] ?? "") });
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const hooks = () => callerAs(db, admin).admin.hooks;

async function queue(subscriptionId: string, overrides: Partial<typeof webhookDeliveries.$inferInsert> = {}) {
  const payload = { id: randomUUID(), type: "parcel.ready", occurredAt: new Date().toISOString(), data: {} };
  const [row] = await db
    .insert(webhookDeliveries)
    .values({ subscriptionId, eventType: "parcel.ready", payload, ...overrides })
    .returning();
  return row!;
}

describe("webhook management", () => {
  it("keeps retrying for at least three days before giving up", () => {
    let total = 0;
    for (let failures = 1; failures < MAX_WEBHOOK_ATTEMPTS; failures++) total += webhookBackoffMs(failures);
    expect(total).toBeGreaterThanOrEqual(3 * 24 * 3600_000);
    expect(Math.max(...Array.from({ length: 30 }, (_, i) => webhookBackoffMs(i + 1)))).toBe(6 * 3600_000);
  });

  it("edits, pauses and resumes an endpoint", async () => {
    const hook = await hooks().create({ carrierId: world.carrier.id, url, eventTypes: ["parcel.ready"] });
    const edited = await hooks().update({
      id: hook.id,
      url: `${url}/v2`,
      eventTypes: ["parcel.ready", "parcel.returned"],
    });
    expect(edited).toMatchObject({ url: `${url}/v2`, eventTypes: ["parcel.ready", "parcel.returned"] });
    await expect(
      hooks().update({ id: hook.id, url: "ftp://nope", eventTypes: ["parcel.ready"] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await hooks().pause({ id: hook.id });
    const [paused] = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, hook.id));
    expect(paused).toMatchObject({ active: false, url: `${url}/v2` });
    await hooks().resume({ id: hook.id });
    await hooks().delete({ id: hook.id });
    expect(await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, hook.id))).toEqual([]);
    await expect(hooks().delete({ id: hook.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("after a rotation each event carries both signatures for 24 hours, then only the new one", async () => {
    const hook = await hooks().create({ carrierId: world.carrier.id, url, eventTypes: ["parcel.ready"] });
    const rotated = await hooks().rotateSecret({ id: hook.id });
    expect(rotated.secret).not.toBe(hook.secret);

    received.length = 0;
    const now = new Date();
    await attemptWebhookDelivery({ db, deliveryId: (await queue(hook.id)).id, now: () => now });
    const [event] = received;
    expect(event?.signature.match(/v1=/g)).toHaveLength(2);
    const at = now.getTime();
    expect(verifyWebhook(rotated.secret, event!.signature, event!.body, 300, at)).toBe(true);
    expect(verifyWebhook(hook.secret, event!.signature, event!.body, 300, at)).toBe(true);

    const later = new Date(Date.now() + 25 * 3600_000);
    await attemptWebhookDelivery({ db, deliveryId: (await queue(hook.id)).id, now: () => later });
    const last = received.at(-1)!;
    expect(verifyWebhook(rotated.secret, last.signature, last.body, 300, later.getTime())).toBe(true);
    expect(verifyWebhook(hook.secret, last.signature, last.body, 300, later.getTime())).toBe(false);
  });

  it("redelivers a delivery that gave up after its last retry", async () => {
    const hook = await hooks().create({ carrierId: world.carrier.id, url, eventTypes: ["parcel.ready"] });
    const gaveUp = await queue(hook.id, { status: "failed", attemptCount: MAX_WEBHOOK_ATTEMPTS });
    expect((await attemptWebhookDelivery({ db, deliveryId: gaveUp.id })).result).toBe("skipped");
    await hooks().redeliver({ deliveryId: gaveUp.id });
    expect((await attemptWebhookDelivery({ db, deliveryId: gaveUp.id })).result).toBe("succeeded");
    const [after] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, gaveUp.id));
    expect(after).toMatchObject({ status: "succeeded", attemptCount: 1 });
    await expect(hooks().redeliver({ deliveryId: randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("sends a test event to one endpoint, whatever it subscribes to", async () => {
    const hook = await hooks().create({ carrierId: world.carrier.id, url, eventTypes: ["parcel.ready"] });
    const { deliveryId } = await hooks().test({ id: hook.id });
    const [delivery] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, deliveryId));
    expect(delivery).toMatchObject({ subscriptionId: hook.id, eventType: "webhook.test", status: "pending" });
    await expect(hooks().test({ id: randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an owner, a manager and staff are refused", async () => {
    const [hook] = await db.select().from(webhookSubscriptions).limit(1);
    const id = hook?.id ?? randomUUID();
    for (const person of [world.owner, world.manager, world.staff]) {
      const caller = callerAs(db, person).admin.hooks;
      await expect(
        caller.create({ carrierId: world.carrier.id, url, eventTypes: ["parcel.ready"] }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.update({ id, url, eventTypes: ["parcel.ready"] })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      for (const call of [caller.pause, caller.resume, caller.delete, caller.rotateSecret, caller.test]) {
        await expect(call({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      }
      await expect(caller.redeliver({ deliveryId: randomUUID() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
