import "server-only";
import { trackingIdSchema } from "@/lib/identifiers";
import { json, parsePathParam, readJsonBody } from "@/server/api/http";
import { carrierRoute } from "@/server/api/route";
import { upsertParcelFromCarrier } from "@/server/domain/parcels/announce";
import { getCarrierParcel, presentParcel } from "@/server/domain/parcels/carrier-view";
import { parcelPutSchema } from "@/server/domain/parcels/schemas";
import { env } from "@/server/env";

/**
 * `/api/v1/parcels/{trackingId}`: the carrier reads and announces a parcel. Served by the route
 * in app/api/v1 and, in production, by the portal's own server directly (server/api/node.ts).
 */
export type ParcelParams = { trackingId: string };

export const getParcelRoute = carrierRoute<ParcelParams>(async ({ db, actor, params }) => {
  const trackingId = parsePathParam(trackingIdSchema, params.trackingId, "tracking ID");
  return json(200, await getCarrierParcel({ db, actor, trackingId }));
});

export const putParcelRoute = carrierRoute<ParcelParams>(async ({ db, actor, request, params }) => {
  const trackingId = parsePathParam(trackingIdSchema, params.trackingId, "tracking ID");
  const body = await readJsonBody(request, parcelPutSchema, env.CARRIER_API_MAX_BODY_BYTES);
  const result = await upsertParcelFromCarrier({ db, actor, trackingId, body });
  return json(
    result.created ? 201 : 200,
    await presentParcel({ db, parcel: result.parcel, partnerCode: result.partnerCode }),
  );
});
