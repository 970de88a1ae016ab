import { json, readJsonBody } from "@/server/api/http";
import { carrierRoute } from "@/server/api/route";
import { createCarrierWebhook, listCarrierWebhooks } from "@/server/domain/webhooks/carrier";
import { webhookCreateSchema } from "@/server/domain/webhooks/carrier-schemas";
import { env } from "@/server/env";

export const GET = carrierRoute(async ({ db, actor }) => {
  return json(200, { webhooks: await listCarrierWebhooks({ db, actor }) });
});

export const POST = carrierRoute(async ({ db, actor, request }) => {
  const webhook = await readJsonBody(request, webhookCreateSchema, env.CARRIER_API_MAX_BODY_BYTES);
  return json(201, await createCarrierWebhook({ db, actor, webhook }));
});
