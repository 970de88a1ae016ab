import { json } from "@/server/api/http";
import { carrierRoute } from "@/server/api/route";
import { listCarrierPartners } from "@/server/domain/partners/carrier";

export const GET = carrierRoute(async ({ db, actor }) => {
  // Closure days from yesterday (UTC) on, so every time zone's "today" is included.
  const since = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  return json(200, { partners: await listCarrierPartners({ db, actor, today: since }) });
});
