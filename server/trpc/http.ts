import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { MAX_TRPC_BATCH } from "@/lib/trpc-limits";
import type { TRPCContext } from "./init";
import { appRouter } from "./root";

/** Serves `/api/trpc` for a request: the route and the HTTP tests share these settings. */
export function handleTRPCRequest(req: Request, createContext: () => Promise<TRPCContext> | TRPCContext) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext,
    // One request may not make the server run hundreds of procedures.
    maxBatchSize: MAX_TRPC_BATCH,
  });
}
