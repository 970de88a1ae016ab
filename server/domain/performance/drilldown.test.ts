import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createParcel, createWorld } from "@/db/factories";
import { testDatabase } from "@/db/testing/database";
import { METERS_PER_MILE, pointAt } from "@/lib/distance";
import { addDays, localDayOf } from "@/lib/local-day";
import { createCaller } from "@/server/trpc/root";
import { loadUserActor } from "../auth/load-actor";
import { logDelivery } from "../deliveries/log";
import { createProofStorage } from "../deliveries/proof-storage";
import { readProof, storeProof } from "../deliveries/proofs";

let db: Db;
let home: Awaited<ReturnType<typeof createWorld>>;
let away: Awaited<ReturnType<typeof createWorld>>;
const storage = createProofStorage({ backend: "local", localDir: mkdtempSync(path.join(tmpdir(), "handoff-proofs-")) });

beforeAll(async () => {
  db = (await testDatabase()).db;
  home = await createWorld(db);
  away = await createWorld(db);
});

const image = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: "#fff" } })
    .png()
    .toBuffer();

describe("the drill-down's out-of-radius deliveries", () => {
  it("carry their proof photo and signature, which a manager of another region cannot fetch", async () => {
    const owner = (await loadUserActor({ db, userId: home.owner.id }))!;
    const parcel = await createParcel(db, home.ruralStore, { status: "at_store" });
    const store = async (kind: "photo" | "signature") =>
      storeProof({ db, actor: owner, input: { trackingId: parcel.trackingId, kind, bytes: await image(), storage } });
    const [photo, signature] = await Promise.all([store("photo"), store("signature")]);
    const distance = 10 * METERS_PER_MILE + 250;
    await logDelivery({
      db,
      actor: owner,
      delivery: {
        clientActionId: randomUUID(),
        trackingId: parcel.trackingId,
        outcome: "delivered",
        recipientName: "Di",
        photoId: photo.id,
        signatureId: signature.id,
        ...pointAt(home.ruralStore, 90, distance),
        accuracyMeters: 40,
        tappedAt: new Date(),
      },
    });

    const today = localDayOf(new Date(), home.ruralStore.timeZone);
    const caller = createCaller({
      db,
      headers: new Headers(),
      sessionUser: { id: home.manager.id, role: "regional_manager" },
    });
    const detail = await caller.performance.partner({
      code: home.ruralStore.code,
      period: { from: today, to: today },
    });
    expect(detail.flaggedOutOfRadius).toHaveLength(1);
    const [flagged] = detail.flaggedOutOfRadius;
    expect(flagged).toMatchObject({ trackingId: parcel.trackingId, photoId: photo.id, signatureId: signature.id });
    expect(flagged!.distanceMeters).toBeCloseTo(distance, 0);
    expect(flagged!.allowedMeters).toBeCloseTo(10 * METERS_PER_MILE + 40, 6);

    const manager = (await loadUserActor({ db, userId: home.manager.id }))!;
    const stranger = (await loadUserActor({ db, userId: away.manager.id }))!;
    expect(
      (await sharp(await readProof({ db, actor: manager, id: photo.id, storage, size: "thumbnail" })).metadata())
        .format,
    ).toBe("jpeg");
    for (const id of [photo.id, signature.id]) {
      await expect(readProof({ db, actor: stranger, id, storage, size: "thumbnail" })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(readProof({ db, actor: stranger, id, storage, size: "full" })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });
});

describe("the drill-down's trends", () => {
  it("carry the partner's region's thresholds for the figures that have one, and a point per local day", async () => {
    const caller = createCaller({
      db,
      headers: new Headers(),
      sessionUser: { id: home.manager.id, role: "regional_manager" },
    });
    await caller.performance.setThresholds({
      regionId: home.region.id,
      readyOnTimeRate: 0.9,
      deliveryCompletionRate: 0.8,
      proofCompliance: 0.7,
    });
    const today = localDayOf(new Date(), home.mallStore.timeZone);
    const detail = await caller.performance.partner({
      code: home.mallStore.code,
      period: { from: addDays(today, -6), to: today },
    });
    expect(detail.thresholds).toEqual({ readyOnTime: 0.9, completion: 0.8, proof: 0.7 });
    expect(detail.daily.map((d) => d.day)).toEqual(Array.from({ length: 7 }, (_, i) => addDays(today, i - 6)));
  });
});
