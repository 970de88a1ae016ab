import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createWorld } from "@/db/factories";
import { deliveryAttempts, statsDirty } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { pointAt } from "@/lib/distance";
import { addDays, localDayOf } from "@/lib/local-day";
import { systemActor } from "../actor";
import { applyArrivalEvent } from "../arrivals/carrier-events";
import { upsertArrivalFromCarrier } from "../arrivals/schedule";
import { loadUserActor } from "../auth/load-actor";
import { upsertParcelFromCarrier } from "../parcels/announce";
import { markReady } from "../parcels/store-actions";
import { transitionParcel } from "../parcels/transition";
import { partnerFiguresFromRaw, summarize } from "./raw";
import { partnerFiguresFromRollup, refreshAllStats } from "./rollup";
import { partnerTotalsFromRollup } from "./rollup-totals";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
});

const carrier = () => ({ kind: "carrier" as const, carrierId: world.carrier.id, label: "Carrier" });

function body(partner: typeof world.mallStore, miles = 3) {
  return {
    partnerCode: partner.code,
    flow: partner.program,
    serviceLevel: "same_day" as const,
    promisedBy: new Date(Date.now() + 6 * 3600_000).toISOString(),
    recipient: {
      name: "Kim",
      address: { line1: "1 A St", city: "Town", region: "NE", postalCode: "68822", country: "US" },
      location: pointAt(partner, 45, miles * 1609.344),
    },
  };
}

async function compare() {
  await refreshAllStats({ db });
  const partnerIds = [world.mallStore.id, world.ruralStore.id];
  const today = localDayOf(new Date(), "America/Chicago");
  const period = { from: addDays(today, -3), to: addDays(today, 3), partnerIds };
  const raw = await partnerFiguresFromRaw({ db, actor: systemActor, ...period });
  const rolled = await partnerFiguresFromRollup({ db, actor: systemActor, ...period });
  expect(rolled).toEqual(raw);
  const [totals] = await partnerTotalsFromRollup({ db, actor: systemActor, periods: [period], partnerIds });
  expect(totals).toEqual(summarize(raw));
  return rolled;
}

describe("rollups agree exactly with the raw events", () => {
  it("after a day of mall and rural work, and again after later changes", async () => {
    const staff = (await loadUserActor({ db, userId: world.staff.id }))!;
    const owner = (await loadUserActor({ db, userId: world.owner.id }))!;

    // Mall: three parcels due on a pickup; two made ready; the driver takes one.
    const mallIds = Array.from({ length: 3 }, () => `RU${randomUUID().slice(0, 8)}`);
    for (const id of mallIds)
      await upsertParcelFromCarrier({ db, actor: carrier(), trackingId: id, body: body(world.mallStore) });
    const start = new Date(Date.now() - 30 * 60_000);
    const arrivalId = `RA${randomUUID().slice(0, 8)}`;
    await upsertArrivalFromCarrier({
      db,
      actor: carrier(),
      externalId: arrivalId,
      body: {
        partnerCode: world.mallStore.code,
        kind: "pickup",
        windowStart: start.toISOString(),
        windowEnd: new Date(start.getTime() + 20 * 60_000).toISOString(),
        driver: { name: "D" },
        parcels: mallIds,
      },
    });
    await markReady({ db: db, actor: staff, trackingId: mallIds[0]! });
    await markReady({ db: db, actor: staff, trackingId: mallIds[1]! });
    await applyArrivalEvent({
      db,
      actor: carrier(),
      externalId: arrivalId,
      event: { type: "arrived", at: new Date().toISOString() },
    });
    await applyArrivalEvent({
      db,
      actor: carrier(),
      externalId: arrivalId,
      event: { type: "departed", at: new Date().toISOString(), pickedUp: [mallIds[0]!], droppedOff: [] },
    });

    // Rural: two parcels received, one delivered with a photo-less attempt.
    const ruralIds = Array.from({ length: 2 }, () => `RR${randomUUID().slice(0, 8)}`);
    const ruralParcels = [];
    for (const id of ruralIds) {
      const { parcel } = await upsertParcelFromCarrier({
        db,
        actor: carrier(),
        trackingId: id,
        body: body(world.ruralStore),
      });
      await transitionParcel({ db, actor: owner, parcelId: parcel.id, to: "at_store" });
      ruralParcels.push(parcel);
    }
    const deliver = async (parcelId: string) => {
      await db.insert(deliveryAttempts).values({
        clientActionId: randomUUID(),
        parcelId,
        partnerId: world.ruralStore.id,
        userId: world.owner.id,
        outcome: "delivered",
        recipientName: "Kim",
        tappedAt: new Date(),
      });
      await transitionParcel({ db, actor: owner, parcelId, to: "delivered" });
    };
    await deliver(ruralParcels[0]!.id);

    const first = await compare();
    const total = (key: "received" | "parcelsDue" | "deliveries") =>
      first.reduce((sum, row) => sum + (row.counters[key] as number), 0);
    expect({ received: total("received"), due: total("parcelsDue"), deliveries: total("deliveries") }).toEqual({
      received: 2,
      due: 3,
      deliveries: 1,
    });

    // A later delivery changes the figures of the day the parcel was received.
    await deliver(ruralParcels[1]!.id);
    expect(await db.select().from(statsDirty).where(eq(statsDirty.partnerId, world.ruralStore.id))).toHaveLength(1);
    await compare();
    expect(await db.select().from(statsDirty).where(eq(statsDirty.partnerId, world.ruralStore.id))).toHaveLength(0);
  });
});
