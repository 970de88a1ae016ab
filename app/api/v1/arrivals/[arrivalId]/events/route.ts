import { jsonText, parsePathParam, readJsonBody } from "@/server/api/http";
import { hashRequest, runIdempotent } from "@/server/api/idempotency";
import { carrierRoute } from "@/server/api/route";
import { applyArrivalEvent } from "@/server/domain/arrivals/carrier-events";
import { presentChangedArrival } from "@/server/domain/arrivals/carrier-view";
import { arrivalEventSchema, arrivalIdParam } from "@/server/domain/arrivals/schemas";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";

type Params = { arrivalId: string };

export const POST = carrierRoute<Params>(async ({ db, actor, request, params }) => {
  const externalId = parsePathParam(arrivalIdParam, params.arrivalId, "arrival ID");
  const key = request.headers.get("idempotency-key")?.trim();
  if (!key || key.length > 200) {
    throw new AppError("BAD_REQUEST", "Send an Idempotency-Key header (1–200 characters) with every event.", {
      reason: "idempotency_key_required",
    });
  }
  const event = await readJsonBody(request, arrivalEventSchema, env.CARRIER_API_MAX_BODY_BYTES);
  const answer = await runIdempotent(
    db,
    `carrier:${actor.carrierId}`,
    key,
    hashRequest({ externalId, event }),
    async (tx) => {
      const result = await applyArrivalEvent({ db: tx, actor, externalId, event });
      return {
        status: 200,
        body: {
          arrival: await presentChangedArrival({ db: tx, arrival: result.arrival }),
          discrepancies: result.discrepancies,
        },
      };
    },
  );
  return jsonText(answer.status, answer.bodyText, answer.replayed ? { "idempotent-replayed": "true" } : {});
});
