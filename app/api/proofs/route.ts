import { proofMessages } from "@/lib/proof-rules";
import { errorResponse, json } from "@/server/api/http";
import { sessionActor } from "@/server/auth/session-actor";
import { getProofStorage } from "@/server/domain/deliveries/proof-storage";
import { storeProof } from "@/server/domain/deliveries/proofs";
import { proofUploadFieldsSchema as fields } from "@/server/domain/deliveries/schemas";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";

/** Uploads a proof image for a parcel of the person's store (multipart: file, trackingId, kind). */
export async function POST(request: Request) {
  try {
    const { actor, db } = await sessionActor();
    // Refuse an oversized upload before reading it (a little slack for the form's other parts).
    if (Number(request.headers.get("content-length") ?? 0) > env.PROOF_MAX_BYTES + 64 * 1024) {
      throw new AppError("PAYLOAD_TOO_LARGE", proofMessages.tooLarge(env.PROOF_MAX_BYTES));
    }
    const form = await request.formData().catch(() => {
      throw new AppError("BAD_REQUEST", "Send the photo as a form upload.");
    });
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("BAD_REQUEST", "Choose a photo to upload.");
    const parsed = fields.safeParse({ trackingId: form.get("trackingId"), kind: form.get("kind") ?? "photo" });
    if (!parsed.success) throw new AppError("BAD_REQUEST", "Say which parcel the photo is for.");
    const stored = await storeProof({
      db,
      actor,
      input: {
        ...parsed.data,
        bytes: Buffer.from(await file.arrayBuffer()),
        storage: await getProofStorage(),
      },
    });
    return json(201, stored);
  } catch (error) {
    return errorResponse(error);
  }
}
