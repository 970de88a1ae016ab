/** The most procedures one tRPC HTTP request may carry; the client splits larger batches. */
export const MAX_TRPC_BATCH = 10;
