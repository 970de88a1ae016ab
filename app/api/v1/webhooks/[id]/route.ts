import { parsePathParam } from "@/server/api/http";
import { carrierRoute } from "@/server/api/route";
import { deleteCarrierWebhook } from "@/server/domain/webhooks/carrier";
import { webhookIdParam } from "@/server/domain/webhooks/carrier-schemas";

type Params = { id: string };

export const DELETE = carrierRoute<Params>(async ({ db, actor, params }) => {
  const id = parsePathParam(webhookIdParam, params.id, "webhook ID");
  await deleteCarrierWebhook({ db, actor, id });
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
});
