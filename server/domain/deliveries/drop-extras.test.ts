import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createPartner, createUser, createWorld } from "@/db/factories";
import { arrivalParcels, events, parcels, proofFiles, webhookDeliveries, webhookSubscriptions } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { localDayBounds, localDayOf } from "@/lib/local-day";
import type { CarrierActor, UserActor } from "../actor";
import { applyArrivalEvent } from "../arrivals/carrier-events";
import { upsertArrivalFromCarrier } from "../arrivals/schedule";
import { loadUserActor } from "../auth/load-actor";
import { partnerDrilldown } from "../performance/drilldown";
import { partnerFiguresFromRaw, summarize } from "../performance/raw";
import { partnerFiguresFromRollup, refreshAllStats } from "../performance/rollup";
import { completeCheckIn, scanIn } from "./checkin";
import { markDamaged } from "./damage";
import { todaysDrop } from "./drop";
import { handBackParcel } from "./handback";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let carrier: CarrierActor;
let subscriptionId: string;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  carrier = { kind: "carrier", carrierId: world.carrier.id, label: "test" };
  const [subscription] = await db
    .insert(webhookSubscriptions)
    .values({
      carrierId: world.carrier.id,
      url: "https://carrier.example/hooks",
      secret: "s",
      eventTypes: ["parcel.returned", "arrival.discrepancy"],
    })
    .returning();
  subscriptionId = subscription!.id;
});

/** A rural store of its own (figures per store and day stay exact) with its owner. */
async function store() {
  const partner = await createPartner(db, { regionId: world.region.id, carrierId: world.carrier.id });
  const user = await createUser(db, "store_owner", { partnerIds: [partner.id] });
  const owner = (await loadUserActor({ db, userId: user.id })) as UserActor;
  return { partner, owner };
}

/** A drop whose window starts today (local), with a manifest of new parcels. */
async function drop(partner: Awaited<ReturnType<typeof store>>["partner"], manifestSize: number) {
  const now = new Date();
  const dayStart = localDayBounds(localDayOf(now, partner.timeZone), partner.timeZone).start;
  const start = new Date(Math.max(dayStart.getTime() + 60_000, now.getTime() - 30 * 60_000));
  const arrival = await createArrival(db, partner, {
    windowStart: start,
    windowEnd: new Date(start.getTime() + 60 * 60_000),
  });
  const manifest = [];
  for (let i = 0; i < manifestSize; i++) {
    const parcel = await createParcel(db, partner);
    await db.insert(arrivalParcels).values({ arrivalId: arrival.id, parcelId: parcel.id, onManifest: true });
    manifest.push(parcel);
  }
  return { arrival, manifest };
}

async function proof(partnerId: string, parcelId: string, kind: "photo" | "damage_photo" = "damage_photo") {
  const [row] = await db
    .insert(proofFiles)
    .values({
      partnerId,
      parcelId,
      kind,
      storage: "local",
      key: `test/${randomUUID()}.jpg`,
      thumbnailKey: `test/${randomUUID()}.thumb.jpg`,
      contentType: "image/jpeg",
      bytes: 1000,
    })
    .returning();
  return row!.id;
}

async function line(arrivalId: string, parcelId: string) {
  const [row] = await db
    .select()
    .from(arrivalParcels)
    .where(and(eq(arrivalParcels.arrivalId, arrivalId), eq(arrivalParcels.parcelId, parcelId)));
  return row;
}

async function parcel(id: string) {
  const [row] = await db.select().from(parcels).where(eq(parcels.id, id));
  return row!;
}

async function queued(type: "parcel.returned" | "arrival.discrepancy") {
  const rows = await db
    .select({ payload: webhookDeliveries.payload })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.subscriptionId, subscriptionId), eq(webhookDeliveries.eventType, type)));
  return rows.map((r) => (r.payload as { data: Record<string, unknown> }).data);
}

const departed = (externalId: string, body: { pickedUp?: string[]; droppedOff?: string[] }) =>
  applyArrivalEvent({
    db,
    actor: carrier,
    externalId,
    event: { type: "departed", at: new Date().toISOString(), pickedUp: [], droppedOff: [], ...body },
  });

describe("a parcel found damaged at check-in", () => {
  it("is refused without a photo of its damage, and nothing changes", async () => {
    const { partner, owner } = await store();
    const { arrival, manifest } = await drop(partner, 2);
    const [first, second] = manifest as [(typeof manifest)[number], (typeof manifest)[number]];
    await scanIn({ db: db, actor: owner, arrivalId: arrival.id, trackingId: first.trackingId });
    const input = { arrivalId: arrival.id, trackingId: first.trackingId };

    await expect(markDamaged({ db, actor: owner, ...input })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      reason: "photo_required",
      message: `Take a photo of the damage to ${first.trackingId} before marking it damaged.`,
    });
    // A delivery photo, or another parcel's damage photo, is not this parcel's damage.
    const deliveryPhoto = await proof(partner.id, first.id, "photo");
    const othersPhoto = await proof(partner.id, second.id);
    for (const photoId of [deliveryPhoto, othersPhoto]) {
      await expect(markDamaged({ db, actor: owner, ...input, photoId })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    // Nor can a parcel not scanned in yet be marked.
    await expect(
      markDamaged({ db, actor: owner, arrivalId: arrival.id, trackingId: second.trackingId, photoId: othersPhoto }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "not_scanned" });

    expect(await line(arrival.id, first.id)).toMatchObject({ damagedAt: null, damagePhotoId: null, discrepancy: null });
    expect((await parcel(first.id)).dueForReturn).toBe(false);
    const damageEvents = await db
      .select()
      .from(events)
      .where(and(eq(events.parcelId, first.id), eq(events.type, "damaged")));
    expect(damageEvents).toEqual([]);
  });

  it("is flagged with its photo, due for return, and counted in the summary and the drop figures", async () => {
    const { partner, owner } = await store();
    const { arrival, manifest } = await drop(partner, 3);
    const extra = await createParcel(db, partner);
    for (const p of [...manifest, extra])
      await scanIn({ db: db, actor: owner, arrivalId: arrival.id, trackingId: p.trackingId });
    const damaged = manifest[0]!;
    const photoId = await proof(partner.id, damaged.id);
    const extraPhoto = await proof(partner.id, extra.id);
    expect(
      await markDamaged({ db, actor: owner, arrivalId: arrival.id, trackingId: damaged.trackingId, photoId }),
    ).toEqual({
      trackingId: damaged.trackingId,
      changed: true,
    });
    // Marking it again changes nothing.
    expect(
      await markDamaged({ db, actor: owner, arrivalId: arrival.id, trackingId: damaged.trackingId, photoId }),
    ).toMatchObject({ changed: false });
    // A parcel not on the manifest can be damaged too.
    await markDamaged({ db, actor: owner, arrivalId: arrival.id, trackingId: extra.trackingId, photoId: extraPhoto });

    const before = await todaysDrop({ db, actor: owner, partnerCode: partner.code });
    const shown = before.lines.find((l) => l.trackingId === damaged.trackingId);
    expect(shown).toMatchObject({ discrepancy: "damaged", damagePhotoId: photoId, status: "at_store" });
    expect(before.handBack.map((h) => h.trackingId).sort()).toEqual([damaged.trackingId, extra.trackingId].sort());
    expect(await parcel(damaged.id)).toMatchObject({ status: "at_store", dueForReturn: true });

    const result = await completeCheckIn({ db: db, actor: owner, arrivalId: arrival.id });
    expect(result.summary).toEqual({ manifest: 3, received: 4, missing: 0, unexpected: 1, damaged: 2 });
    expect(result.damaged).toEqual([damaged.trackingId, extra.trackingId]);
    expect(await line(arrival.id, extra.id)).toMatchObject({ discrepancy: "unexpected", damagePhotoId: extraPhoto });
    const discrepancy = (await queued("arrival.discrepancy")).find((d) => d.arrivalId === arrival.externalId);
    expect(discrepancy?.discrepancies).toEqual(
      expect.arrayContaining([
        { trackingId: damaged.trackingId, kind: "damaged" },
        { trackingId: extra.trackingId, kind: "damaged" },
        { trackingId: extra.trackingId, kind: "unexpected" },
      ]),
    );

    // Drop reconciliation (missing / unexpected / damaged ÷ manifest), raw and rolled up alike.
    const day = localDayOf(arrival.windowStart, partner.timeZone);
    const period = { from: day, to: day, partnerIds: [partner.id] };
    const raw = summarize(await partnerFiguresFromRaw({ db, actor: owner, ...period }))[0]!.counters;
    expect(raw).toMatchObject({ manifestRows: 3, missing: 0, unexpected: 1, damaged: 2 });
    await refreshAllStats({ db });
    expect(summarize(await partnerFiguresFromRollup({ db, actor: owner, ...period }))[0]!.counters).toEqual(raw);
  });
});

describe("handing parcels due for return back to the drop-off driver", () => {
  async function dueParcels(partner: Awaited<ReturnType<typeof store>>["partner"]) {
    const damaged = await createParcel(db, partner, { status: "at_store", dueForReturn: true });
    const refused = await createParcel(db, partner, { status: "attempted", dueForReturn: true, failedAttempts: 3 });
    const fine = await createParcel(db, partner, { status: "at_store" });
    return { damaged, refused, fine };
  }

  it("records each hand-back once; the driver's departure turns them returned, with parcel.returned", async () => {
    const { partner, owner } = await store();
    const { arrival } = await drop(partner, 0);
    const { damaged, refused, fine } = await dueParcels(partner);
    const listedByDriverOnly = await createParcel(db, partner, { status: "attempted", dueForReturn: true });

    expect(
      (await todaysDrop({ db, actor: owner, partnerCode: partner.code })).handBack.map((h) => h.trackingId).sort(),
    ).toEqual([damaged.trackingId, refused.trackingId, listedByDriverOnly.trackingId].sort());
    for (const p of [damaged, refused]) {
      expect(
        await handBackParcel({ db: db, actor: owner, arrivalId: arrival.id, trackingId: p.trackingId }),
      ).toMatchObject({ changed: true });
    }
    expect(
      await handBackParcel({ db: db, actor: owner, arrivalId: arrival.id, trackingId: damaged.trackingId }),
    ).toMatchObject({ changed: false });
    await expect(
      handBackParcel({ db: db, actor: owner, arrivalId: arrival.id, trackingId: fine.trackingId }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "not_due_for_return",
    });
    expect(await line(arrival.id, damaged.id)).toMatchObject({ onManifest: false, scannedAt: null });
    // A hand-back is not a parcel received: the check-in ignores it.
    expect((await completeCheckIn({ db: db, actor: owner, arrivalId: arrival.id })).summary).toEqual({
      manifest: 0,
      received: 0,
      missing: 0,
      unexpected: 0,
      damaged: 0,
    });

    const result = await departed(arrival.externalId, {
      pickedUp: [damaged.trackingId, refused.trackingId, listedByDriverOnly.trackingId],
    });
    expect(result.discrepancies).toEqual([]);
    for (const p of [damaged, refused, listedByDriverOnly]) expect((await parcel(p.id)).status).toBe("returned");
    const returned = (await queued("parcel.returned")).map((d) => d.trackingId);
    expect(returned).toEqual(
      expect.arrayContaining([damaged.trackingId, refused.trackingId, listedByDriverOnly.trackingId]),
    );
    const after = await todaysDrop({ db, actor: owner, partnerCode: partner.code });
    expect(after.handBack.filter((h) => h.handedBackAt).map((h) => h.status)).toEqual(["returned", "returned"]);

    // The driver has gone: nothing more can be handed over on this drop.
    const late = await createParcel(db, partner, { status: "at_store", dueForReturn: true });
    await expect(
      handBackParcel({ db: db, actor: owner, arrivalId: arrival.id, trackingId: late.trackingId }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "driver_gone",
    });
  });

  it("flags a parcel handed over that the driver does not list as a handoff mismatch", async () => {
    const { partner, owner } = await store();
    const { arrival } = await drop(partner, 0);
    const { damaged, refused } = await dueParcels(partner);
    for (const p of [damaged, refused])
      await handBackParcel({ db: db, actor: owner, arrivalId: arrival.id, trackingId: p.trackingId });
    // The carrier reschedules meanwhile: the store's hand-backs stay on the drop.
    await upsertArrivalFromCarrier({
      db,
      actor: carrier,
      externalId: arrival.externalId,
      body: {
        partnerCode: partner.code,
        kind: "dropoff",
        windowStart: arrival.windowStart.toISOString(),
        windowEnd: new Date(arrival.windowEnd.getTime() + 15 * 60_000).toISOString(),
        driver: { name: "Dana Driver" },
        parcels: [],
      },
    });

    const result = await departed(arrival.externalId, { pickedUp: [damaged.trackingId] });
    expect(result.discrepancies).toEqual([{ trackingId: refused.trackingId, kind: "handoff_mismatch" }]);
    expect((await parcel(damaged.id)).status).toBe("returned");
    // Still in the store's hands and still due back: it is on the next driver's list.
    expect(await parcel(refused.id)).toMatchObject({ status: "attempted", dueForReturn: true });
    expect(await line(arrival.id, refused.id)).toMatchObject({ discrepancy: "handoff_mismatch" });
    const hook = (await queued("arrival.discrepancy")).find((d) => d.arrivalId === arrival.externalId);
    expect(hook?.discrepancies).toEqual([{ trackingId: refused.trackingId, kind: "handoff_mismatch" }]);

    const shown = (await todaysDrop({ db, actor: owner, partnerCode: partner.code })).handBack.find(
      (h) => h.trackingId === refused.trackingId,
    );
    expect(shown).toMatchObject({ discrepancy: "handoff_mismatch" });
    // The manager sees it among the partner's discrepancies, like a mall handoff mismatch.
    const manager = (await loadUserActor({ db, userId: world.manager.id }))!;
    const day = localDayOf(arrival.windowStart, partner.timeZone);
    const detail = await partnerDrilldown({
      db,
      actor: manager,
      partnerCode: partner.code,
      period: { from: day, to: day },
    });
    expect(detail.discrepancies).toEqual([
      expect.objectContaining({ trackingId: refused.trackingId, discrepancy: "handoff_mismatch" }),
    ]);
    const rows = await db
      .select({ id: arrivalParcels.parcelId })
      .from(arrivalParcels)
      .where(and(eq(arrivalParcels.arrivalId, arrival.id), inArray(arrivalParcels.parcelId, [damaged.id, refused.id])));
    expect(rows).toHaveLength(2);
  });
});
