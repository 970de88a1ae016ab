import { and, eq } from "drizzle-orm";
import { parcels, partners } from "@/db/schema";
import { json, parsePathParam, readJsonBody } from "@/server/api/http";
import { presentParcel } from "@/server/api/present";
import { carrierRoute } from "@/server/api/route";
import { parcelPutSchema, trackingIdParam } from "@/server/api/schemas";
import { upsertParcelFromCarrier } from "@/server/domain/parcels/announce";
import { env } from "@/server/env";
import { notFound } from "@/server/errors";

type Params = { trackingId: string };

export const GET = carrierRoute<Params>(async ({ db, actor, params }) => {
  const trackingId = parsePathParam(trackingIdParam, params.trackingId, "tracking ID");
  const [row] = await db
    .select({ parcel: parcels, partnerCode: partners.code })
    .from(parcels)
    .innerJoin(partners, eq(partners.id, parcels.partnerId))
    .where(and(eq(parcels.trackingId, trackingId), eq(parcels.carrierId, actor.carrierId)));
  if (!row) throw notFound("Parcel");
  return json(200, await presentParcel(db, row.parcel, row.partnerCode));
});

export const PUT = carrierRoute<Params>(async ({ db, actor, request, params }) => {
  const trackingId = parsePathParam(trackingIdParam, params.trackingId, "tracking ID");
  const body = await readJsonBody(request, parcelPutSchema, env.CARRIER_API_MAX_BODY_BYTES);
  const result = await upsertParcelFromCarrier({ db, actor, trackingId, body });
  return json(result.created ? 201 : 200, await presentParcel(db, result.parcel, result.partnerCode));
});
