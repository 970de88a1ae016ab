import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import type { DbOrTx } from "@/db/client";
import { type ProofKind, parcels, proofFiles } from "@/db/schema";
import { formatProofLimit } from "@/lib/proof-rules";
import { env } from "@/server/env";
import { AppError, notFound } from "@/server/errors";
import { type Actor, textsFor, type UserActor } from "../actor";
import { findStoreParcel } from "../parcels/lookup";
import { inPartnerScope } from "../scope";
import type { ProofStorage } from "./proof-storage";

const acceptedFormats = new Set(["jpeg", "png", "webp"]);

/**
 * Checks an uploaded proof image (JPEG, PNG or WebP, at most PROOF_MAX_BYTES, judged by its content, not
 * its name), re-encodes it as JPEG (upright, at most 2000 px) with a 320 px thumbnail, and
 * stores both in the current storage backend, under the parcel's store.
 */
export async function storeProof({
  db,
  actor,
  input,
}: {
  db: DbOrTx;
  actor: UserActor;
  input: { trackingId: string; kind: ProofKind; bytes: Buffer; storage: ProofStorage };
}) {
  const refusals = textsFor(actor, "deliveries");
  if (input.bytes.byteLength > env.PROOF_MAX_BYTES) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      refusals("photoTooLarge", { limit: formatProofLimit(env.PROOF_MAX_BYTES) }),
    );
  }
  const parcel = await findStoreParcel({ db, actor, trackingId: input.trackingId });
  const format = await sharp(input.bytes)
    .metadata()
    .then((m) => m.format)
    .catch(() => undefined);
  if (!format || !acceptedFormats.has(format)) {
    throw new AppError("BAD_REQUEST", refusals("photoNotImage"), {
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
  // Forward slashes: these are object keys in S3 as well as paths on disk.
  const key = `${parcel.partnerId}/${id}.jpg`;
  const thumbnailKey = `${parcel.partnerId}/${id}.thumb.jpg`;
  const store = input.storage.current;
  // Files first, so a row never names a file that was not written.
  await Promise.all([store.put(key, full.data, "image/jpeg"), store.put(thumbnailKey, thumbnail, "image/jpeg")]);
  const [row] = await db
    .insert(proofFiles)
    .values({
      id,
      partnerId: parcel.partnerId,
      parcelId: parcel.id,
      kind: input.kind,
      storage: store.backend,
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

/**
 * A stored proof image (the full one or its thumbnail), only for people allowed to see its
 * parcel, read from the backend that stored it (so photos kept on this instance's disk stay
 * readable after a switch to S3).
 */
export async function readProof({
  db,
  actor,
  id,
  storage,
  size,
}: {
  db: DbOrTx;
  actor: Actor;
  id: string;
  storage: ProofStorage;
  size: "full" | "thumbnail";
}): Promise<Buffer> {
  const [row] = await db
    .select({ storage: proofFiles.storage, key: proofFiles.key, thumbnailKey: proofFiles.thumbnailKey })
    .from(proofFiles)
    .innerJoin(parcels, eq(parcels.id, proofFiles.parcelId))
    .where(and(eq(proofFiles.id, id), inPartnerScope(proofFiles.partnerId, actor)));
  if (!row) throw notFound("Photo");
  const key = size === "thumbnail" && row.thumbnailKey ? row.thumbnailKey : row.key;
  const bytes = await storage.store(row.storage).get(key);
  if (!bytes) throw notFound("Photo");
  return bytes;
}
