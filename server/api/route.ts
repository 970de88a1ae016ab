import "server-only";
import { type Db, getDatabase } from "@/db/client";
import { env } from "@/server/env";
import type { AuthenticatedCarrier } from "./carrier-auth";
import { carrierKeyCache } from "./carrier-key-cache";
import { errorResponse } from "./http";

export type CarrierRequest<P> = { db: Db; actor: AuthenticatedCarrier; request: Request; params: P };

/**
 * A Carrier API route: authenticates the key, counts it against the rate limit, runs the
 * handler, and answers every failure in the error envelope.
 */
export function carrierRoute<P = Record<string, never>>(handler: (ctx: CarrierRequest<P>) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const handle = await getDatabase();
      const { db } = handle;
      const actor = await carrierKeyCache(handle).authenticate(request, env.CARRIER_API_RATE_LIMIT);
      return await handler({ db, actor, request, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
