import { json, parsePathParam } from "@/server/api/http";
import { carrierRoute } from "@/server/api/route";
import { testCarrierWebhook } from "@/server/domain/webhooks/carrier";
import { webhookIdParam } from "@/server/domain/webhooks/carrier-schemas";

type Params = { id: string };

export const POST = carrierRoute<Params>(async ({ db, actor, params }) => {
  const id = parsePathParam(webhookIdParam, params.id, "webhook ID");
  return json(202, await testCarrierWebhook({ db, actor, id }));
});
