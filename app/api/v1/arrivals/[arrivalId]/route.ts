import { and, eq } from "drizzle-orm";
import { arrivals, partners } from "@/db/schema";
import { json, parsePathParam, readJsonBody } from "@/server/api/http";
import { presentArrival } from "@/server/api/present";
import { carrierRoute } from "@/server/api/route";
import { arrivalIdParam, arrivalPutSchema } from "@/server/api/schemas";
import { upsertArrivalFromCarrier } from "@/server/domain/arrivals/schedule";
import { env } from "@/server/env";
import { notFound } from "@/server/errors";

type Params = { arrivalId: string };

export const GET = carrierRoute<Params>(async ({ db, actor, params }) => {
  const externalId = parsePathParam(arrivalIdParam, params.arrivalId, "arrival ID");
  const [row] = await db
    .select({ arrival: arrivals, partnerCode: partners.code })
    .from(arrivals)
    .innerJoin(partners, eq(partners.id, arrivals.partnerId))
    .where(and(eq(arrivals.externalId, externalId), eq(arrivals.carrierId, actor.carrierId)));
  if (!row) throw notFound("Arrival");
  return json(200, await presentArrival(db, row.arrival, row.partnerCode));
});

export const PUT = carrierRoute<Params>(async ({ db, actor, request, params }) => {
  const externalId = parsePathParam(arrivalIdParam, params.arrivalId, "arrival ID");
  const body = await readJsonBody(request, arrivalPutSchema, env.CARRIER_API_MAX_BODY_BYTES);
  const result = await upsertArrivalFromCarrier({ db, actor, externalId, body });
  return json(result.created ? 201 : 200, await presentArrival(db, result.arrival, body.partnerCode));
});
