import { trackingIdSchema } from "@/lib/identifiers";
import { json, parsePathParam, readJsonBody } from "@/server/api/http";
import { carrierRoute } from "@/server/api/route";
import { upsertParcelFromCarrier } from "@/server/domain/parcels/announce";
import { getCarrierParcel, presentParcel } from "@/server/domain/parcels/carrier-view";
import { parcelPutSchema } from "@/server/domain/parcels/schemas";
import { env } from "@/server/env";

type Params = { trackingId: string };

export const GET = carrierRoute<Params>(async ({ db, actor, params }) => {
  const trackingId = parsePathParam(trackingIdSchema, params.trackingId, "tracking ID");
  return json(200, await getCarrierParcel({ db, actor, trackingId }));
});

export const PUT = carrierRoute<Params>(async ({ db, actor, request, params }) => {
  const trackingId = parsePathParam(trackingIdSchema, params.trackingId, "tracking ID");
  const body = await readJsonBody(request, parcelPutSchema, env.CARRIER_API_MAX_BODY_BYTES);
  const result = await upsertParcelFromCarrier({ db, actor, trackingId, body });
  return json(
    result.created ? 201 : 200,
    await presentParcel({ db, parcel: result.parcel, partnerCode: result.partnerCode }),
  );
});
