import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Db } from "@/db/client";
import { createArrival, createCarrier, createParcel, createWorld } from "@/db/factories";
import { arrivalParcels, parcels, webhookDeliveries, webhookSubscriptions } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { failureReasons, manifestDiscrepancies, subscribableWebhookEventTypes } from "@/lib/enums";
import { type Mover, type ParcelTransition, parcelTransitions } from "@/lib/lifecycle";
import type { Actor, UserActor } from "./actor";
import { loadUserActor } from "./auth/load-actor";
import { completeCheckIn } from "./deliveries/checkin";
import { transitionParcel } from "./parcels/transition";
import type { WebhookPayloads } from "./webhooks/payloads";

// What a carrier receives for each type, key for key: an extra or a missing key fails.
const ref = { trackingId: z.string(), partnerCode: z.string() };
const payloadSchemas = {
  "parcel.ready": z.strictObject(ref),
  "parcel.unready": z.strictObject(ref),
  "parcel.received": z.strictObject(ref),
  "parcel.out_for_delivery": z.strictObject(ref),
  "parcel.delivered": z.strictObject({ ...ref, at: z.iso.datetime(), deliveredAt: z.iso.datetime() }),
  "parcel.delivery_failed": z.strictObject({ ...ref, at: z.iso.datetime(), reason: z.enum(failureReasons) }),
  "parcel.returned": z.strictObject(ref),
  "parcel.cancelled": z.strictObject({ ...ref, reason: z.string().min(1) }),
  "arrival.discrepancy": z.strictObject({
    arrivalId: z.string(),
    partnerCode: z.string(),
    discrepancies: z.array(z.strictObject({ trackingId: z.string(), kind: z.enum(manifestDiscrepancies) })).min(1),
  }),
  "webhook.test": z.strictObject({ webhookId: z.string() }),
} satisfies { [K in keyof WebhookPayloads]: z.ZodType<WebhookPayloads[K]> };

type Hook = keyof WebhookPayloads;

/** What the carrier hears when a parcel makes this move, as the spec's webhook list says. */
function expectedHook(rule: ParcelTransition, mover: Mover): Hook | null {
  switch (rule.to) {
    case "ready":
      return rule.from === "announced" ? "parcel.ready" : null;
    case "announced":
      return "parcel.unready";
    case "picked_up":
      return null;
    case "at_store":
      // Back from a route is no receipt; a drop the carrier reports is its own news.
      return rule.from === "announced" && mover === "store" ? "parcel.received" : null;
    case "out_for_delivery":
      return "parcel.out_for_delivery";
    case "delivered":
      return "parcel.delivered";
    case "attempted":
      return "parcel.delivery_failed";
    case "returned":
      return "parcel.returned";
    case "cancelled":
      return "parcel.cancelled";
    default:
      throw new Error(`No expected webhook for a move to ${rule.to}: say what the carrier hears.`);
  }
}

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let staff: UserActor;
let owner: UserActor;
let carrier: Actor;
let subscribed: string[];
let elsewhere: string[];

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  staff = (await loadUserActor({ db, userId: world.staff.id }))!;
  owner = (await loadUserActor({ db, userId: world.owner.id }))!;
  carrier = { kind: "carrier", carrierId: world.carrier.id, label: "Carrier" };
  const other = await createCarrier(db);
  const endpoint = (carrierId: string, active = true) => ({
    carrierId,
    url: `https://carrier.example/${crypto.randomUUID()}`,
    secret: "whsec_test",
    eventTypes: [...subscribableWebhookEventTypes],
    active,
  });
  const rows = await db
    .insert(webhookSubscriptions)
    .values([
      endpoint(world.carrier.id),
      endpoint(world.carrier.id),
      endpoint(world.carrier.id, false),
      endpoint(other.id),
    ])
    .returning({ id: webhookSubscriptions.id });
  subscribed = rows.slice(0, 2).map((r) => r.id);
  elsewhere = rows.slice(2).map((r) => r.id);
});

/** Deliveries to this file's endpoints only: other files share the database. */
async function deliveryIds() {
  const rows = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(inArray(webhookDeliveries.subscriptionId, [...subscribed, ...elsewhere]));
  return new Set(rows.map((r) => r.id));
}

/** The deliveries queued by `act`, and nothing else. */
async function queuedBy(act: () => Promise<unknown>) {
  const before = await deliveryIds();
  await act();
  const after = [...(await deliveryIds())].filter((id) => !before.has(id));
  if (after.length === 0) return [];
  return db
    .select({ subscriptionId: webhookDeliveries.subscriptionId, payload: webhookDeliveries.payload })
    .from(webhookDeliveries)
    .where(inArray(webhookDeliveries.id, after));
}

function expectOnePerEndpoint(rows: Awaited<ReturnType<typeof queuedBy>>, type: Hook) {
  expect(rows.map((r) => r.subscriptionId).sort()).toEqual([...subscribed].sort());
  expect(rows.some((r) => elsewhere.includes(r.subscriptionId))).toBe(false);
  const [first] = rows;
  const payload = first!.payload as { type: string; id: string; occurredAt: string; data: unknown };
  expect(payload.type).toBe(type);
  expect(rows.every((r) => JSON.stringify(r.payload) === JSON.stringify(payload))).toBe(true);
  return payloadSchemas[type].parse(payload.data);
}

describe("an appended event's consequences", () => {
  const moves = parcelTransitions.flatMap((rule) =>
    rule.by
      .filter((mover) => mover === "store" || mover === "carrier")
      .map((mover) => ({ rule, mover, name: `${rule.flow}: ${rule.from} → ${rule.to} by the ${mover}` })),
  );

  it.each(moves)("$name queues the webhook it means, once per subscribed endpoint", async ({ rule, mover }) => {
    const store = rule.flow === "mall_pickup" ? world.mallStore : world.ruralStore;
    const actor = mover === "carrier" ? carrier : rule.flow === "mall_pickup" ? staff : owner;
    const parcel = await createParcel(db, store, { status: rule.from });
    const eventData =
      rule.to === "attempted"
        ? { reason: "recipient_unavailable" }
        : rule.to === "cancelled"
          ? { reason: "customer changed their mind" }
          : undefined;
    const rows = await queuedBy(() =>
      transitionParcel({ db, actor, parcelId: parcel.id, to: rule.to, via: rule.via, eventData }),
    );
    const [moved] = await db.select({ status: parcels.status }).from(parcels).where(eq(parcels.id, parcel.id));
    expect(moved!.status).toBe(rule.to);

    const hook = expectedHook(rule, mover);
    if (!hook) {
      expect(rows).toEqual([]);
      return;
    }
    const data = expectOnePerEndpoint(rows, hook) as { trackingId: string; partnerCode: string };
    expect(data.trackingId).toBe(parcel.trackingId);
    expect(data.partnerCode).toBe(store.code);
  });

  it("every parcel webhook type is reached by some move", () => {
    const reached = new Set(moves.map(({ rule, mover }) => expectedHook(rule, mover)));
    const parcelHooks = subscribableWebhookEventTypes.filter((t) => t.startsWith("parcel."));
    expect(parcelHooks.filter((t) => !reached.has(t))).toEqual([]);
  });

  it("a check-in with a missing parcel queues one arrival.discrepancy per subscribed endpoint", async () => {
    const arrival = await createArrival(db, world.ruralStore, { status: "arrived" });
    const parcel = await createParcel(db, world.ruralStore, { status: "announced", dueArrivalId: arrival.id });
    await db.insert(arrivalParcels).values({ arrivalId: arrival.id, parcelId: parcel.id, onManifest: true });
    const rows = await queuedBy(() => completeCheckIn({ db, actor: owner, arrivalId: arrival.id }));
    const data = expectOnePerEndpoint(rows, "arrival.discrepancy");
    expect(data).toEqual({
      arrivalId: arrival.externalId,
      partnerCode: world.ruralStore.code,
      discrepancies: [{ trackingId: parcel.trackingId, kind: "missing" }],
    });
  });

  it("a change that rolls back queues nothing", async () => {
    const parcel = await createParcel(db, world.mallStore, { status: "announced" });
    const rows = await queuedBy(() =>
      db
        .transaction(async (tx) => {
          await transitionParcel({ db: tx, actor: staff, parcelId: parcel.id, to: "ready" });
          throw new Error("the rest of the change failed");
        })
        .catch(() => undefined),
    );
    expect(rows).toEqual([]);
    const [kept] = await db.select({ status: parcels.status }).from(parcels).where(eq(parcels.id, parcel.id));
    expect(kept!.status).toBe("announced");
  });
});
