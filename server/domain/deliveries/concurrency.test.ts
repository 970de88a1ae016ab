import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createWorld } from "@/db/factories";
import { arrivalParcels, events, parcels } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import type { UserActor } from "../actor";
import { applyArrivalEvent } from "../arrivals/carrier-events";
import { handOverParcel } from "../arrivals/handoff";
import { loadUserActor } from "../auth/load-actor";
import { undoReady } from "../parcels/store-actions";
import { logDelivery } from "./log";
import { createProofStorage } from "./proof-storage";
import { storeProof } from "./proofs";

const storage = createProofStorage({ backend: "local", localDir: mkdtempSync(path.join(tmpdir(), "handoff-proofs-")) });

// Row locks only contend on a PostgreSQL server; PGlite runs one statement at a time.
describe.skipIf(!inject("testDatabaseUrl"))("concurrent store and carrier actions", () => {
  let db: Db;
  let world: Awaited<ReturnType<typeof createWorld>>;
  let owner: UserActor;

  beforeAll(async () => {
    db = (await testDatabase()).db;
    world = await createWorld(db);
    owner = (await loadUserActor({ db, userId: world.owner.id }))!;
  });

  async function parcelWithPhoto() {
    const parcel = await createParcel(db, world.ruralStore, { status: "at_store" });
    const bytes = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#3a7" } })
      .png()
      .toBuffer();
    const { id } = await storeProof({
      db,
      actor: owner,
      input: { trackingId: parcel.trackingId, kind: "photo", bytes, storage },
    });
    return { parcel, photoId: id };
  }

  const delivered = (trackingId: string, photoId: string) => ({
    clientActionId: randomUUID(),
    trackingId,
    outcome: "delivered" as const,
    recipientName: "Ann",
    photoId,
    tappedAt: new Date(),
  });

  async function statusEvents(parcelId: string) {
    return db
      .select()
      .from(events)
      .where(and(eq(events.parcelId, parcelId), eq(events.type, "status_changed")));
  }

  it("apply one of 20 different logs on one parcel; the others are told its status, none fails", async () => {
    const { parcel, photoId } = await parcelWithPhoto();
    const settled = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        logDelivery({ db, actor: owner, delivery: delivered(parcel.trackingId, photoId) }),
      ),
    );
    const errors = settled.filter((s) => s.status === "rejected");
    expect(errors).toEqual([]);
    const results = settled.map((s) => (s.status === "fulfilled" ? s.value : null));
    expect(results.filter((r) => r?.result === "recorded")).toHaveLength(1);
    const conflicts = results.filter((r) => r?.result === "conflict");
    expect(conflicts).toHaveLength(19);
    for (const c of conflicts) expect(c).toMatchObject({ message: expect.stringMatching(/is already delivered/) });
    expect(await statusEvents(parcel.id)).toHaveLength(1);
  });

  it("apply 20 identical replays once, each answering as the first did", async () => {
    const { parcel, photoId } = await parcelWithPhoto();
    const input = delivered(parcel.trackingId, photoId);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => logDelivery({ db, actor: owner, delivery: input })),
    );
    const first = results.find((r) => r.result === "recorded");
    expect(first).toBeDefined();
    for (const r of results) expect(JSON.stringify(r)).toBe(JSON.stringify(first));
    const [row] = await db.select().from(parcels).where(eq(parcels.id, parcel.id));
    expect(row).toMatchObject({ status: "delivered" });
    expect(await statusEvents(parcel.id)).toHaveLength(1);
  });

  it("let a carrier's departure report and the store's scans on the same parcels finish without a deadlock", async () => {
    const staff = (await loadUserActor({ db, userId: world.staff.id }))!;
    const pickup = await createArrival(db, world.mallStore, { status: "arrived" });
    const list = [];
    for (let i = 0; i < 10; i++) {
      list.push(await createParcel(db, world.mallStore, { status: "ready", dueArrivalId: pickup.id }));
    }
    await db
      .insert(arrivalParcels)
      .values(list.map((p) => ({ arrivalId: pickup.id, parcelId: p.id, onManifest: true })));
    const carrier = { kind: "carrier" as const, carrierId: world.carrier.id, label: "Carrier" };
    const work = [
      applyArrivalEvent({
        db,
        actor: carrier,
        externalId: pickup.externalId,
        event: {
          type: "departed",
          at: new Date().toISOString(),
          pickedUp: list.slice(0, 5).map((p) => p.trackingId),
          droppedOff: [],
        },
      }),
      ...list.map((p, i) =>
        i % 2
          ? undoReady({ db: db, actor: staff, trackingId: p.trackingId })
          : handOverParcel({ db: db, actor: staff, arrivalId: pickup.id, trackingId: p.trackingId }),
      ),
    ];
    const settled = await Promise.allSettled(work);
    // Refusals are fine (the other side moved first); a database error is not.
    const failures = settled.flatMap((s) => (s.status === "rejected" ? [s.reason as { code?: string }] : []));
    for (const failure of failures) expect(["CONFLICT", "FORBIDDEN", "UNPROCESSABLE"]).toContain(failure.code);
  });
});
