import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, setProcessDatabase } from "@/db/client";
import { createApiKey, createArrival, createParcel, createWorld } from "@/db/factories";
import { arrivalParcels, partners, pickupSchedules, webhookDeliveries, webhookSubscriptions } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { storeQueue } from "@/server/domain/arrivals/store-queue";
import { loadUserActor } from "@/server/domain/auth/load-actor";
import { completeCheckIn } from "@/server/domain/deliveries/checkin";
import { callApi } from "./testing/client";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let other: Awaited<ReturnType<typeof createWorld>>;
let key: string;
let subscriptionId: string;

beforeAll(async () => {
  const handle = await testDatabase();
  setProcessDatabase(handle);
  db = handle.db;
  world = await createWorld(db);
  other = await createWorld(db);
  key = (await createApiKey(db, world.carrier.id)).key;
  // The store has been with the network a while: a delivery ten minutes ago is in bounds.
  await db
    .update(partners)
    .set({ createdAt: new Date(Date.now() - 30 * 86_400_000) })
    .where(eq(partners.id, world.mallStore.id));
  const [sub] = await db
    .insert(webhookSubscriptions)
    .values({
      carrierId: world.carrier.id,
      url: "https://carrier.example/hooks",
      secret: "whsec_test",
      eventTypes: ["parcel.cancelled", "parcel.delivered"],
    })
    .returning();
  subscriptionId = sub!.id;
});

const post = (trackingId: string, body: unknown, idempotencyKey: string | null = randomUUID()) =>
  callApi("POST", `/api/v1/parcels/${trackingId}/events`, {
    key,
    body,
    headers: idempotencyKey ? { "idempotency-key": idempotencyKey } : {},
  });

async function sent(type: string, trackingId: string) {
  const rows = await db
    .select({ payload: webhookDeliveries.payload })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.subscriptionId, subscriptionId));
  return rows.filter((r) => {
    const p = r.payload as { type: string; data: { trackingId?: string } };
    return p.type === type && p.data.trackingId === trackingId;
  }).length;
}

describe("POST /parcels/{trackingId}/events: cancelled", () => {
  it("cancels a parcel before handoff once, sends parcel.cancelled once, and a replay changes nothing", async () => {
    const parcel = await createParcel(db, world.mallStore, { status: "ready" });
    const idem = randomUUID();
    const first = await post(parcel.trackingId, { type: "cancelled", reason: "Customer cancelled the order" }, idem);
    expect(first.status).toBe(200);
    expect(first.body.status).toBe("cancelled");
    expect(first.body.events.at(-1)).toMatchObject({ type: "cancelled", fromStatus: "ready", toStatus: "cancelled" });

    const replay = await post(parcel.trackingId, { type: "cancelled", reason: "Customer cancelled the order" }, idem);
    expect(replay.status).toBe(200);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    // A new key for the same change: already so, nothing more happens.
    const again = await post(parcel.trackingId, { type: "cancelled", reason: "Again" });
    expect(again.status).toBe(200);
    expect(again.body.events.filter((e: { type: string }) => e.type === "cancelled")).toHaveLength(1);
    expect(await sent("parcel.cancelled", parcel.trackingId)).toBe(1);
  });

  it("answers 409 naming the status once the parcel was handed off", async () => {
    const parcel = await createParcel(db, world.mallStore, { status: "picked_up" });
    const res = await post(parcel.trackingId, { type: "cancelled", reason: "Too late" });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("invalid_transition");
    expect(res.body.error.message).toContain("picked up");
    expect(res.body.error.details.status).toBe("picked_up");
  });

  it("leaves the store's queue with a note, and is never a missing parcel at check-in", async () => {
    const owner = (await loadUserActor({ db, userId: world.owner.id }))!;
    const drop = await createArrival(db, world.ruralStore, { windowStart: new Date(Date.now() - 3600_000) });
    const parcel = await createParcel(db, world.ruralStore);
    await db.insert(arrivalParcels).values({ arrivalId: drop.id, parcelId: parcel.id, onManifest: true });
    expect((await post(parcel.trackingId, { type: "cancelled", reason: "Address undeliverable" })).status).toBe(200);
    const result = await completeCheckIn({ db: db, actor: owner, arrivalId: drop.id });
    expect(result.missing).toEqual([]);

    const staff = (await loadUserActor({ db, userId: world.staff.id }))!;
    const mallParcel = await createParcel(db, world.mallStore);
    await post(mallParcel.trackingId, { type: "cancelled", reason: "Out of stock" });
    const queue = await storeQueue({ db, actor: staff, partnerCode: world.mallStore.code, filter: "open" });
    expect(queue.groups.flatMap((g) => g.parcels).map((p) => p.trackingId)).not.toContain(mallParcel.trackingId);
    expect(queue.cancelled).toEqual(
      expect.arrayContaining([expect.objectContaining({ trackingId: mallParcel.trackingId, reason: "Out of stock" })]),
    );
  });
});

describe("POST /parcels/{trackingId}/events: delivered", () => {
  it("marks a picked-up mall parcel delivered at the reported time and sends parcel.delivered", async () => {
    const parcel = await createParcel(db, world.mallStore, { status: "picked_up" });
    const at = new Date(Date.now() - 600_000).toISOString();
    const res = await post(parcel.trackingId, { type: "delivered", at });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("delivered");
    expect(res.body.events.at(-1).at).toBe(at);
    expect(await sent("parcel.delivered", parcel.trackingId)).toBe(1);
  });

  it("refuses a parcel not yet picked up (409), a rural parcel and a time out of bounds (422)", async () => {
    const ready = await createParcel(db, world.mallStore, { status: "ready" });
    const early = await post(ready.trackingId, { type: "delivered", at: new Date().toISOString() });
    expect(early.status).toBe(409);
    expect(early.body.error.details.status).toBe("ready");

    const rural = await createParcel(db, world.ruralStore, { status: "at_store" });
    const wrongFlow = await post(rural.trackingId, { type: "delivered", at: new Date().toISOString() });
    expect(wrongFlow.status).toBe(422);
    expect(wrongFlow.body.error.code).toBe("not_mall_parcel");

    const picked = await createParcel(db, world.mallStore, { status: "picked_up" });
    for (const at of [new Date(Date.now() + 2 * 86_400_000).toISOString(), "2001-01-01T00:00:00Z"]) {
      const res = await post(picked.trackingId, { type: "delivered", at });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe("time_out_of_range");
    }
    expect((await callApi("GET", `/api/v1/parcels/${picked.trackingId}`, { key })).body.status).toBe("picked_up");
  });
});

describe("POST /parcels/{trackingId}/events: refusals", () => {
  it("needs an Idempotency-Key, a known body, and answers another carrier's parcel as not found", async () => {
    const parcel = await createParcel(db, world.mallStore);
    const noKey = await post(parcel.trackingId, { type: "cancelled", reason: "x" }, null);
    expect(noKey.status).toBe(400);
    expect(noKey.body.error.code).toBe("idempotency_key_required");

    for (const body of [
      { type: "lost" },
      { type: "cancelled" },
      { type: "cancelled", reason: "" },
      { type: "cancelled", reason: "bad\u0000reason" },
      { type: "delivered", at: "yesterday" },
      { type: "cancelled", reason: "x", extra: 1 },
    ]) {
      const res = await post(parcel.trackingId, body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("invalid_body");
    }

    const theirs = await createParcel(db, other.mallStore);
    const res = await post(theirs.trackingId, { type: "cancelled", reason: "Not mine" });
    expect(res.status).toBe(404);
    expect((await post("NO-SUCH-PARCEL", { type: "cancelled", reason: "x" })).status).toBe(404);
    expect((await post(parcel.trackingId, { type: "cancelled", reason: "x" }, "k")).status).toBe(200);
    const reused = await post(parcel.trackingId, { type: "cancelled", reason: "different" }, "k");
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe("idempotency_key_reused");
  });
});

describe("GET /partners: opening hours and pickup windows", () => {
  it("lists open days with hours, and a mall partner's pickup windows", async () => {
    await db
      .update(partners)
      .set({ openingHours: { "1": { open: "09:00", close: "17:00" }, "6": { open: "10:00", close: "14:00" } } })
      .where(eq(partners.id, world.mallStore.id));
    await db.insert(pickupSchedules).values({
      partnerId: world.mallStore.id,
      isoWeekday: 1,
      windowStart: "15:00",
      windowEnd: "16:00",
    });
    const { body } = await callApi("GET", "/api/v1/partners", { key });
    const mall = body.partners.find((p: { code: string }) => p.code === world.mallStore.code);
    expect(mall.openingHours).toEqual([
      { isoWeekday: 1, open: "09:00", close: "17:00" },
      { isoWeekday: 6, open: "10:00", close: "14:00" },
    ]);
    expect(mall.pickupWindows).toEqual([{ isoWeekday: 1, windowStart: "15:00", windowEnd: "16:00" }]);
    const rural = body.partners.find((p: { code: string }) => p.code === world.ruralStore.code);
    expect(rural.pickupWindows).toBeUndefined();
    expect(Array.isArray(rural.openingHours)).toBe(true);
  });
});
