import { errorResponse } from "@/server/api/http";
import { sessionActor } from "@/server/auth/session-actor";
import { getProofStorage } from "@/server/domain/deliveries/proof-storage";
import { readProof } from "@/server/domain/deliveries/proofs";
import { notFound } from "@/server/errors";
import { isUuid } from "@/server/ids";

/** A proof image (`?size=thumb` for the thumbnail), only for people allowed to see its parcel. */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await context.params;
    if (!isUuid(id)) throw notFound("Photo");
    const { actor, db } = await sessionActor();
    const size = new URL(request.url).searchParams.get("size") === "thumb" ? "thumbnail" : "full";
    const bytes = await readProof({ db, actor, id, storage: await getProofStorage(), size });
    return new Response(new Uint8Array(bytes), {
      headers: { "content-type": "image/jpeg", "cache-control": "private, max-age=3600" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
