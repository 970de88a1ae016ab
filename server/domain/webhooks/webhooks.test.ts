import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { runOnce } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Db } from "@/db/client";
import { createParcel, createWorld } from "@/db/factories";
import { webhookAttempts, webhookDeliveries, webhookSubscriptions } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { graphileTasks } from "@/server/jobs/graphile";
import { loadUserActor } from "../auth/load-actor";
import { markReady } from "../parcels/store-actions";
import { attemptWebhookDelivery, webhookBackoffMs } from "./deliver";
import { signatureHeader, signWebhook, verifyWebhook } from "./signature";

const secret = "whsec_test_secret";
let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let server: Server;
let url: string;
/** What the test receiver answers next, and what it received. */
const replies: number[] = [];
const received: { body: string; verified: boolean; type: string | undefined }[] = [];

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      const signature = req.headers[signatureHeader];
      received.push({
        body,
        verified: verifyWebhook(secret, typeof signature === "string" ? signature : null, body),
        type: req.headers["handoff-event-type"] as string | undefined,
      });
      res.statusCode = replies.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  await db.insert(webhookSubscriptions).values({
    carrierId: world.carrier.id,
    url,
    secret,
    eventTypes: ["parcel.ready", "parcel.unready", "arrival.discrepancy"],
  });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function readyAParcel() {
  const parcel = await createParcel(db, world.mallStore);
  const staff = (await loadUserActor({ db, userId: world.staff.id }))!;
  await markReady({ db: db, actor: staff, trackingId: parcel.trackingId });
  const queued = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventType, "parcel.ready"));
  const delivery = queued.find(
    (d) => (d.payload as { data: { trackingId: string } }).data.trackingId === parcel.trackingId,
  );
  expect(delivery).toBeDefined();
  return { parcel, delivery: delivery! };
}

describe("webhooks out", () => {
  it("signs each event with HMAC-SHA256 over timestamp and body, and retries after a failure", async () => {
    const { parcel, delivery } = await readyAParcel();
    received.length = 0;
    replies.push(500);
    const t0 = new Date();
    const first = await attemptWebhookDelivery({ db, deliveryId: delivery.id, now: () => t0 });
    expect(first.result).toBe("retry");
    if (first.result === "retry") expect(first.nextAttemptAt.getTime() - t0.getTime()).toBe(webhookBackoffMs(1));

    const second = await attemptWebhookDelivery({ db, deliveryId: delivery.id });
    expect(second.result).toBe("succeeded");
    expect(received).toHaveLength(2);
    expect(received.every((r) => r.verified)).toBe(true);
    expect(received[0]?.type).toBe("parcel.ready");
    expect(JSON.parse(received[1]!.body)).toMatchObject({
      type: "parcel.ready",
      data: { trackingId: parcel.trackingId },
    });

    const attempts = await db.select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, delivery.id));
    expect(attempts.map((a) => a.responseStatus).sort()).toEqual([200, 500]);
    const [after] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, delivery.id));
    expect(after).toMatchObject({ status: "succeeded", attemptCount: 2 });

    // Acknowledged: nothing more is sent.
    expect((await attemptWebhookDelivery({ db, deliveryId: delivery.id })).result).toBe("skipped");
  });

  it("a receiver can tell a forged or replayed request", () => {
    const body = '{"type":"parcel.ready"}';
    const now = Date.now();
    const t = Math.floor(now / 1000);
    expect(verifyWebhook(secret, signWebhook(secret, t, body), body, 300, now)).toBe(true);
    expect(verifyWebhook(secret, signWebhook("other", t, body), body, 300, now)).toBe(false);
    expect(verifyWebhook(secret, signWebhook(secret, t, body), `${body} `, 300, now)).toBe(false);
    expect(verifyWebhook(secret, signWebhook(secret, t - 3600, body), body, 300, now)).toBe(false);
  });

  it.runIf(inject("testDatabaseUrl"))("on the PostgreSQL server, the job queue delivers queued events", async () => {
    const connectionString = inject("testDatabaseUrl")!;
    const handle = await testDatabase();
    // Installs graphile-worker's schema; from then on each queued event becomes a job.
    await runOnce({ connectionString, taskList: graphileTasks(handle) });
    const { parcel, delivery } = await readyAParcel();
    received.length = 0;
    await runOnce({ connectionString, taskList: graphileTasks(handle) });
    const [after] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, delivery.id));
    expect(after?.status).toBe("succeeded");
    expect(received.some((r) => r.verified && r.body.includes(parcel.trackingId))).toBe(true);
  });
});
