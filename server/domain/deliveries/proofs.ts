import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import type { DbOrTx } from "@/db/client";
import { type ProofKind, parcels, proofFiles } from "@/db/schema";
import { AppError, notFound } from "@/server/errors";
import type { Actor, UserActor } from "../actor";
import { findStoreParcel } from "../parcels/store-actions";
import { inPartnerScope } from "../scope";

export const MAX_PROOF_BYTES = 10 * 1024 * 1024;
const acceptedFormats = new Set(["jpeg", "png", "webp"]);

/**
 * Checks an uploaded proof image (JPEG, PNG or WebP, at most 10 MB, judged by its content, not
 * its name), re-encodes it as JPEG (upright, at most 2000 px) with a 320 px thumbnail, and
 * stores both under `dir` for the parcel's store.
 */
export async function storeProof(
  db: DbOrTx,
  actor: UserActor,
  input: { trackingId: string; kind: ProofKind; bytes: Buffer; dir: string },
) {
  if (input.bytes.byteLength > MAX_PROOF_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", "The photo is larger than 10 MB. Take it again at a lower resolution.");
  }
  const parcel = await findStoreParcel(db, actor, input.trackingId);
  const format = await sharp(input.bytes)
    .metadata()
    .then((m) => m.format)
    .catch(() => undefined);
  if (!format || !acceptedFormats.has(format)) {
    throw new AppError("BAD_REQUEST", "That file is not a photo. Use a JPEG, PNG or WebP image.", {
      reason: "not_an_image",
    });
  }
  const image = sharp(input.bytes)
    .rotate()
    .resize({ width: 2000, height: 2000, fit: "inside", withoutEnlargement: true });
  const [full, thumbnail] = await Promise.all([
    image.clone().jpeg({ quality: 80 }).toBuffer({ resolveWithObject: true }),
    image.clone().resize({ width: 320, height: 320, fit: "inside" }).jpeg({ quality: 70 }).toBuffer(),
  ]);
  const id = randomUUID();
  const key = path.join(parcel.partnerId, `${id}.jpg`);
  const thumbnailKey = path.join(parcel.partnerId, `${id}.thumb.jpg`);
  await mkdir(path.join(input.dir, parcel.partnerId), { recursive: true });
  await Promise.all([
    writeFile(path.join(input.dir, key), full.data),
    writeFile(path.join(input.dir, thumbnailKey), thumbnail),
  ]);
  const [row] = await db
    .insert(proofFiles)
    .values({
      id,
      partnerId: parcel.partnerId,
      parcelId: parcel.id,
      kind: input.kind,
      storage: "local",
      key,
      thumbnailKey,
      contentType: "image/jpeg",
      bytes: full.info.size,
      width: full.info.width,
      height: full.info.height,
      uploadedByUserId: actor.userId,
    })
    .returning({ id: proofFiles.id });
  return { id: row!.id };
}

/** A stored proof image, only for people allowed to see its parcel. */
export async function readProof(db: DbOrTx, actor: Actor, id: string, dir: string, thumbnail: boolean) {
  const [row] = await db
    .select({ key: proofFiles.key, thumbnailKey: proofFiles.thumbnailKey })
    .from(proofFiles)
    .innerJoin(parcels, eq(parcels.id, proofFiles.parcelId))
    .where(and(eq(proofFiles.id, id), inPartnerScope(proofFiles.partnerId, actor)));
  if (!row) throw notFound("Photo");
  const key = thumbnail && row.thumbnailKey ? row.thumbnailKey : row.key;
  return readFile(path.join(dir, key)).catch((cause: unknown) => {
    throw new AppError("NOT_FOUND", "Photo not found.", { cause });
  });
}
