import { json, parsePathParam, readJsonBody } from "@/server/api/http";
import { carrierRoute } from "@/server/api/route";
import { getCarrierArrival, presentArrival } from "@/server/domain/arrivals/carrier-view";
import { upsertArrivalFromCarrier } from "@/server/domain/arrivals/schedule";
import { arrivalIdParam, arrivalPutSchema } from "@/server/domain/arrivals/schemas";
import { env } from "@/server/env";

type Params = { arrivalId: string };

export const GET = carrierRoute<Params>(async ({ db, actor, params }) => {
  const externalId = parsePathParam(arrivalIdParam, params.arrivalId, "arrival ID");
  return json(200, await getCarrierArrival({ db, actor, externalId }));
});

export const PUT = carrierRoute<Params>(async ({ db, actor, request, params }) => {
  const externalId = parsePathParam(arrivalIdParam, params.arrivalId, "arrival ID");
  const body = await readJsonBody(request, arrivalPutSchema, env.CARRIER_API_MAX_BODY_BYTES);
  const result = await upsertArrivalFromCarrier({ db, actor, externalId, body });
  return json(
    result.created ? 201 : 200,
    await presentArrival({ db, arrival: result.arrival, partnerCode: body.partnerCode }),
  );
});
