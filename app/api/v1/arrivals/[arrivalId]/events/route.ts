import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { partners } from "@/db/schema";
import { json, parsePathParam, readJsonBody } from "@/server/api/http";
import { hashRequest, runIdempotent } from "@/server/api/idempotency";
import { presentArrival } from "@/server/api/present";
import { carrierRoute } from "@/server/api/route";
import { arrivalEventSchema, arrivalIdParam } from "@/server/api/schemas";
import { applyArrivalEvent } from "@/server/domain/arrivals/carrier-events";
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
      const partnerCode = await partnerCodeOf(tx, result.arrival.partnerId);
      return {
        status: 200,
        body: { arrival: await presentArrival(tx, result.arrival, partnerCode), discrepancies: result.discrepancies },
      };
    },
  );
  return json(answer.status, answer.body, answer.replayed ? { "idempotent-replayed": "true" } : {});
});

async function partnerCodeOf(db: DbOrTx, partnerId: string) {
  const [row] = await db.select({ code: partners.code }).from(partners).where(eq(partners.id, partnerId));
  return row?.code ?? "";
}
