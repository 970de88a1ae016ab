import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createParcel, createPartner, createUser, createWorld } from "@/db/factories";
import { deliveryAttempts, parcels } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { METERS_PER_MILE, pointAt } from "@/lib/distance";
import type { UserActor } from "../actor";
import { loadUserActor } from "../auth/load-actor";
import { logDelivery } from "./log";
import { createProofStorage } from "./proof-storage";
import { readProof, storeProof } from "./proofs";
import { logDeliverySchema } from "./schemas";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let owner: UserActor;
const storage = createProofStorage({ backend: "local", localDir: mkdtempSync(path.join(tmpdir(), "handoff-proofs-")) });

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  owner = (await loadUserActor({ db, userId: world.owner.id }))!;
});

const photo = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a7" } })
    .png()
    .toBuffer();

async function parcelWithPhoto() {
  const parcel = await createParcel(db, world.ruralStore, { status: "at_store" });
  const { id } = await storeProof({
    db,
    actor: owner,
    input: {
      trackingId: parcel.trackingId,
      kind: "photo",
      bytes: await photo(),
      storage,
    },
  });
  return { parcel, photoId: id };
}

describe("proof photos", () => {
  it("are checked by content, re-encoded, and shown only to people who may see the parcel", async () => {
    const { photoId } = await parcelWithPhoto();
    const stored = await readProof({ db, actor: owner, id: photoId, storage, size: "full" });
    expect((await sharp(stored).metadata()).format).toBe("jpeg");
    expect(
      (await sharp(await readProof({ db, actor: owner, id: photoId, storage, size: "thumbnail" })).metadata()).width,
    ).toBeLessThanOrEqual(320);
    const stranger = (await loadUserActor({
      db,
      userId: (await createUser(db, "store_staff", { partnerIds: [world.mallStore.id] })).id,
    }))!;
    await expect(readProof({ db, actor: stranger, id: photoId, storage, size: "full" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses a file that is not an image, and one over 10 MB, with a clear message", async () => {
    const parcel = await createParcel(db, world.ruralStore, { status: "at_store" });
    const notImage = storeProof({
      db,
      actor: owner,
      input: {
        trackingId: parcel.trackingId,
        kind: "photo",
        bytes: Buffer.from("%PDF-1.4 hello"),
        storage,
      },
    });
    await expect(notImage).rejects.toThrow("That file is not a photo. Use a JPEG, PNG or WebP image.");
    const huge = storeProof({
      db,
      actor: owner,
      input: {
        trackingId: parcel.trackingId,
        kind: "photo",
        bytes: Buffer.alloc(20 * 1024 * 1024),
        storage,
      },
    });
    await expect(huge).rejects.toThrow(/larger than 10 MB/);
  });
});

describe("logging a delivery", () => {
  it("records a delivery once, however often the device retries it", async () => {
    const { parcel, photoId } = await parcelWithPhoto();
    const tappedAt = new Date(Date.now() - 45 * 60_000);
    const input = {
      clientActionId: randomUUID(),
      trackingId: parcel.trackingId,
      outcome: "delivered" as const,
      recipientName: "Ann",
      photoId,
      tappedAt,
    };
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await logDelivery({ db, actor: owner, delivery: input }));
    expect(results.map((r) => r.result)).toEqual(["recorded", "recorded", "recorded"]);
    const attempts = await db.select().from(deliveryAttempts).where(eq(deliveryAttempts.parcelId, parcel.id));
    expect(attempts).toHaveLength(1);
    expect(attempts[0]?.tappedAt.getTime()).toBe(tappedAt.getTime());
    const [row] = await db.select().from(parcels).where(eq(parcels.id, parcel.id));
    expect(row).toMatchObject({ status: "delivered" });
    expect(row?.deliveredAt?.getTime()).toBe(tappedAt.getTime());
  });

  it("flags a fix beyond the radius plus its accuracy, and still records it", async () => {
    const { parcel, photoId } = await parcelWithPhoto();
    const far = pointAt(world.ruralStore, 90, 10 * METERS_PER_MILE + 100);
    const flagged = await logDelivery({
      db,
      actor: owner,
      delivery: {
        clientActionId: randomUUID(),
        trackingId: parcel.trackingId,
        outcome: "delivered",
        recipientName: "Bo",
        photoId,
        ...far,
        accuracyMeters: 50,
        tappedAt: new Date(),
      },
    });
    expect(flagged).toMatchObject({ result: "recorded", outOfRadius: true, status: "delivered" });
  });

  it("asks for a note when an attempt failed for another reason, and keeps a photo of it", async () => {
    const { parcel, photoId } = await parcelWithPhoto();
    const other = {
      clientActionId: randomUUID(),
      trackingId: parcel.trackingId,
      outcome: "failed" as const,
      failureReason: "other" as const,
      tappedAt: new Date(),
    };
    for (const failureNote of [undefined, "", "   "]) {
      const refused = logDeliverySchema.safeParse({ ...other, failureNote });
      expect(refused.success).toBe(false);
      expect(refused.error?.issues).toContainEqual(
        expect.objectContaining({
          path: ["failureNote"],
          message: "Write what happened: a failed attempt for another reason needs a note.",
        }),
      );
    }
    // Another reason needs no note.
    expect(logDeliverySchema.safeParse({ ...other, failureReason: "no_access" }).success).toBe(true);

    const input = logDeliverySchema.parse({ ...other, failureNote: "Gate locked, dog in the yard", photoId });
    expect(await logDelivery({ db, actor: owner, delivery: input })).toMatchObject({
      result: "recorded",
      status: "attempted",
    });
    const [attempt] = await db.select().from(deliveryAttempts).where(eq(deliveryAttempts.parcelId, parcel.id));
    expect(attempt).toMatchObject({
      outcome: "failed",
      failureReason: "other",
      failureNote: "Gate locked, dog in the yard",
      photoId,
    });
  });

  it("marks a parcel for return on its third failed attempt", async () => {
    const parcel = await createParcel(db, world.ruralStore, { status: "at_store" });
    const fail = () =>
      logDelivery({
        db,
        actor: owner,
        delivery: {
          clientActionId: randomUUID(),
          trackingId: parcel.trackingId,
          outcome: "failed",
          failureReason: "recipient_unavailable",
          tappedAt: new Date(),
        },
      });
    expect(await fail()).toMatchObject({ status: "attempted", dueForReturn: false });
    expect(await fail()).toMatchObject({ status: "attempted", dueForReturn: false });
    expect(await fail()).toMatchObject({ status: "attempted", dueForReturn: true });
  });

  it("keeps the record of a parcel cancelled meanwhile and says so", async () => {
    const { parcel, photoId } = await parcelWithPhoto();
    await db.update(parcels).set({ status: "cancelled" }).where(eq(parcels.id, parcel.id));
    const result = await logDelivery({
      db,
      actor: owner,
      delivery: {
        clientActionId: randomUUID(),
        trackingId: parcel.trackingId,
        outcome: "delivered",
        recipientName: "Cy",
        photoId,
        tappedAt: new Date(),
      },
    });
    expect(result).toMatchObject({
      result: "conflict",
      message: expect.stringMatching(/is cancelled.*record was kept/),
    });
    expect(await db.select().from(deliveryAttempts).where(eq(deliveryAttempts.parcelId, parcel.id))).toHaveLength(1);
  });

  it("treats another store's action id as unknown: the log is applied, nothing is revealed", async () => {
    const otherStore = await createPartner(db, { regionId: world.region.id, carrierId: world.carrier.id });
    const otherOwner = (await loadUserActor({
      db,
      userId: (await createUser(db, "store_owner", { partnerIds: [otherStore.id] })).id,
    }))!;
    const theirs = await createParcel(db, otherStore, { status: "at_store" });
    const clientActionId = randomUUID();
    const failed = { clientActionId, outcome: "failed" as const, failureReason: "recipient_unavailable" as const };
    await logDelivery({
      db,
      actor: otherOwner,
      delivery: { ...failed, trackingId: theirs.trackingId, tappedAt: new Date() },
    });

    const mine = await createParcel(db, world.ruralStore, { status: "at_store" });
    const result = await logDelivery({
      db,
      actor: owner,
      delivery: { ...failed, trackingId: mine.trackingId, tappedAt: new Date() },
    });
    expect(result).toMatchObject({ result: "recorded", status: "attempted" });
  });
});
