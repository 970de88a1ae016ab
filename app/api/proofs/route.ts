import { defaultLocale, type Locale, localeFromAcceptLanguage } from "@/lib/format";
import { formatProofLimit } from "@/lib/proof-rules";
import { errorResponse, json } from "@/server/api/http";
import { sessionActor } from "@/server/auth/session-actor";
import { textsFor } from "@/server/domain/actor";
import { getProofStorage } from "@/server/domain/deliveries/proof-storage";
import { storeProof } from "@/server/domain/deliveries/proofs";
import { proofUploadFieldsSchema as fields } from "@/server/domain/deliveries/schemas";
import { env } from "@/server/env";
import { AppError, inLanguage, toAppError, wordedError } from "@/server/errors";

/** Uploads a proof image for a parcel of the person's store (multipart: file, trackingId, kind). */
export async function POST(request: Request) {
  // The person reads refusals in their language; until they are known, their browser's.
  let locale: Locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  try {
    const { actor, db } = await sessionActor();
    locale = actor.locale ?? defaultLocale;
    // Refuse an oversized upload before reading it (a little slack for the form's other parts).
    if (Number(request.headers.get("content-length") ?? 0) > env.PROOF_MAX_BYTES + 64 * 1024) {
      const limit = formatProofLimit(env.PROOF_MAX_BYTES);
      throw new AppError("PAYLOAD_TOO_LARGE", textsFor(actor, "deliveries")("photoTooLarge", { limit }));
    }
    const form = await request.formData().catch(() => {
      throw wordedError("BAD_REQUEST", { key: "server.photoFormUpload" });
    });
    const file = form.get("file");
    if (!(file instanceof File)) throw wordedError("BAD_REQUEST", { key: "server.photoChoose" });
    const parsed = fields.safeParse({ trackingId: form.get("trackingId"), kind: form.get("kind") ?? "photo" });
    if (!parsed.success) throw wordedError("BAD_REQUEST", { key: "server.photoWhichParcel" });
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
    return errorResponse(inLanguage(toAppError(error), locale));
  }
}
