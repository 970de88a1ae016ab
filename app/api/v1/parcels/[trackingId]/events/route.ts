import { trackingIdSchema } from "@/lib/identifiers";
import { jsonText, parsePathParam, readJsonBody } from "@/server/api/http";
import { hashRequest, runIdempotent } from "@/server/api/idempotency";
import { carrierRoute } from "@/server/api/route";
import { applyParcelEvent } from "@/server/domain/parcels/carrier-events";
import { presentChangedParcel } from "@/server/domain/parcels/carrier-view";
import { parcelEventSchema } from "@/server/domain/parcels/schemas";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";

type Params = { trackingId: string };

export const POST = carrierRoute<Params>(async ({ db, actor, request, params }) => {
  const trackingId = parsePathParam(trackingIdSchema, params.trackingId, "tracking ID");
  const key = request.headers.get("idempotency-key")?.trim();
  if (!key || key.length > 200) {
    throw new AppError("BAD_REQUEST", "Send an Idempotency-Key header (1–200 characters) with every event.", {
      reason: "idempotency_key_required",
    });
  }
  const event = await readJsonBody(request, parcelEventSchema, env.CARRIER_API_MAX_BODY_BYTES);
  const answer = await runIdempotent(
    db,
    `carrier:${actor.carrierId}`,
    key,
    hashRequest({ trackingId, parcelEvent: event }),
    async (tx) => {
      const { parcel } = await applyParcelEvent({ db: tx, actor, trackingId, event });
      return { status: 200, body: await presentChangedParcel({ db: tx, parcel }) };
    },
  );
  return jsonText(answer.status, answer.bodyText, answer.replayed ? { "idempotent-replayed": "true" } : {});
});
