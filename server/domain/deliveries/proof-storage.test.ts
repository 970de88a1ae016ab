import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from "@aws-sdk/client-s3";
import { eq } from "drizzle-orm";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createParcel, createUser, createWorld } from "@/db/factories";
import { proofFiles } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { loadEnv } from "@/server/env";
import type { UserActor } from "../actor";
import { loadUserActor } from "../auth/load-actor";
import { createProofStorage, type ProofStorageConfig, proofStorageConfig } from "./proof-storage";
import { readProof, storeProof } from "./proofs";

const bucket = "handoff-proofs";
const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
const bucketDir = mkdtempSync(path.join(tmpdir(), "handoff-s3-"));
const localDir = mkdtempSync(path.join(tmpdir(), "handoff-proofs-"));
let server: S3rver;
let s3: S3Client;
let config: ProofStorageConfig;
let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let owner: UserActor;

beforeAll(async () => {
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: bucketDir,
  });
  const { port } = await server.run();
  const s3Config = {
    bucket,
    endpoint: `http://127.0.0.1:${port}`,
    region: "us-east-1",
    forcePathStyle: true,
    credentials,
  };
  config = { backend: "s3", localDir, s3: s3Config };
  s3 = new S3Client({ ...s3Config, requestChecksumCalculation: "WHEN_REQUIRED" });
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  db = (await testDatabase()).db;
  world = await createWorld(db);
  owner = (await loadUserActor({ db, userId: world.owner.id }))!;
});

afterAll(async () => {
  s3?.destroy();
  await server?.close();
  rmSync(bucketDir, { recursive: true, force: true });
  rmSync(localDir, { recursive: true, force: true });
});

const photo = () =>
  sharp({ create: { width: 2400, height: 1600, channels: 3, background: "#3a7" } })
    .png()
    .toBuffer();

async function objectBytes(key: string): Promise<Buffer> {
  const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return Buffer.from(await object.Body!.transformToByteArray());
}

async function objectKeys(prefix: string): Promise<string[]> {
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  return (listed.Contents ?? []).map((o) => o.Key!);
}

async function row(id: string) {
  const [found] = await db.select().from(proofFiles).where(eq(proofFiles.id, id));
  return found!;
}

describe("proof photos in S3 storage", () => {
  it("land in the bucket, photo and thumbnail, and read back the same from any instance", async () => {
    const parcel = await createParcel(db, world.ruralStore, { status: "at_store" });
    const storage = createProofStorage(config);
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

    const stored = await row(id);
    expect(stored).toMatchObject({
      storage: "s3",
      key: `${world.ruralStore.id}/${id}.jpg`,
      thumbnailKey: `${world.ruralStore.id}/${id}.thumb.jpg`,
    });
    const full = await objectBytes(stored.key);
    const thumbnail = await objectBytes(stored.thumbnailKey!);
    expect(await sharp(full).metadata()).toMatchObject({ format: "jpeg", width: 2000, height: 1333 });
    expect(await sharp(thumbnail).metadata()).toMatchObject({ format: "jpeg", width: 320 });
    expect(stored.bytes).toBe(full.byteLength);
    // Nothing went to this instance's disk.
    expect(existsSync(path.join(config.localDir, world.ruralStore.id))).toBe(false);

    expect((await readProof({ db, actor: owner, id, storage, size: "full" })).equals(full)).toBe(true);
    expect((await readProof({ db, actor: owner, id, storage, size: "thumbnail" })).equals(thumbnail)).toBe(true);
    const otherInstance = createProofStorage(config);
    expect((await readProof({ db, actor: owner, id, storage: otherInstance, size: "full" })).equals(full)).toBe(true);
  });

  it("are shown only to people who may see the parcel, and a missing object is not found", async () => {
    const parcel = await createParcel(db, world.ruralStore, { status: "at_store" });
    const storage = createProofStorage(config);
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
    const stranger = (await loadUserActor({
      db,
      userId: (await createUser(db, "store_staff", { partnerIds: [world.mallStore.id] })).id,
    }))!;
    await expect(readProof({ db, actor: stranger, id, storage, size: "full" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: (await row(id)).key }));
    await expect(readProof({ db, actor: owner, id, storage, size: "full" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Photo not found.",
    });
    // The thumbnail is still there and still served.
    expect((await readProof({ db, actor: owner, id, storage, size: "thumbnail" })).byteLength).toBeGreaterThan(0);
  });

  it("refuses a file that is not an image, writing nothing to the bucket or the table", async () => {
    const fresh = await createWorld(db);
    const freshOwner = (await loadUserActor({ db, userId: fresh.owner.id }))!;
    const parcel = await createParcel(db, fresh.ruralStore, { status: "at_store" });
    const attempt = storeProof({
      db,
      actor: freshOwner,
      input: {
        trackingId: parcel.trackingId,
        kind: "photo",
        bytes: Buffer.from("%PDF-1.4 hello"),
        storage: createProofStorage(config),
      },
    });
    await expect(attempt).rejects.toMatchObject({ code: "BAD_REQUEST", reason: "not_an_image" });
    expect(await objectKeys(`${fresh.ruralStore.id}/`)).toEqual([]);
    expect(await db.select().from(proofFiles).where(eq(proofFiles.partnerId, fresh.ruralStore.id))).toEqual([]);
  });

  it("keep serving photos stored on this instance's disk after switching to S3", async () => {
    const parcel = await createParcel(db, world.ruralStore, { status: "at_store" });
    const before = createProofStorage({ backend: "local", localDir: config.localDir });
    const { id } = await storeProof({
      db,
      actor: owner,
      input: {
        trackingId: parcel.trackingId,
        kind: "photo",
        bytes: await photo(),
        storage: before,
      },
    });
    const stored = await row(id);
    expect(stored.storage).toBe("local");
    expect(await objectKeys(stored.key)).toEqual([]);

    const after = createProofStorage(config);
    const bytes = await readProof({ db, actor: owner, id, storage: after, size: "full" });
    expect(bytes.equals(await readProof({ db, actor: owner, id, storage: before, size: "full" }))).toBe(true);
    expect((await sharp(bytes).metadata()).format).toBe("jpeg");
  });

  it("are refused clearly, not as a database outage, when the storage cannot be reached", async () => {
    const parcel = await createParcel(db, world.ruralStore, { status: "at_store" });
    const { id } = await storeProof({
      db,
      actor: owner,
      input: {
        trackingId: parcel.trackingId,
        kind: "photo",
        bytes: await photo(),
        storage: createProofStorage(config),
      },
    });
    // A port that was free a moment ago: connections are refused.
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const unreachable = createProofStorage({
      ...config,
      s3: { ...config.s3!, endpoint: `http://127.0.0.1:${closedPort}` },
    });
    await expect(readProof({ db, actor: owner, id, storage: unreachable, size: "full" })).rejects.toMatchObject({
      code: "UNAVAILABLE",
      message: expect.stringMatching(/^Photo storage is unreachable/),
    });
    const localOnly = createProofStorage({ backend: "local", localDir: config.localDir });
    await expect(readProof({ db, actor: owner, id, storage: localOnly, size: "full" })).rejects.toMatchObject({
      code: "UNAVAILABLE",
    });
  });
});

describe("proof storage configuration", () => {
  it("refuses S3 without a bucket, and half a key pair, at startup", () => {
    expect(() => loadEnv({ PROOF_STORAGE: "s3" })).toThrow(
      "Invalid environment: S3_BUCKET is required when PROOF_STORAGE=s3",
    );
    expect(() => loadEnv({ PROOF_STORAGE: "s3", S3_BUCKET: "b", S3_ACCESS_KEY_ID: "id" })).toThrow(
      /^Invalid environment: set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/,
    );
    expect(() => loadEnv({ PROOF_STORAGE: "ftp" })).toThrow(/^Invalid environment: PROOF_STORAGE/);
  });

  it("reads the S3 settings from the environment, local by default", () => {
    expect(proofStorageConfig(loadEnv({ DATA_DIR: "/srv/handoff" }))).toEqual({
      backend: "local",
      localDir: path.join("/srv/handoff", "proofs"),
      s3: undefined,
    });
    const env = loadEnv({
      PROOF_STORAGE: "s3",
      S3_BUCKET: "proofs",
      S3_ENDPOINT: "http://minio:9000",
      S3_ACCESS_KEY_ID: "id",
      S3_SECRET_ACCESS_KEY: "secret",
      S3_FORCE_PATH_STYLE: "true",
    });
    expect(proofStorageConfig(env)).toMatchObject({
      backend: "s3",
      s3: {
        bucket: "proofs",
        endpoint: "http://minio:9000",
        region: "us-east-1",
        forcePathStyle: true,
        credentials: { accessKeyId: "id", secretAccessKey: "secret" },
      },
    });
  });
});
