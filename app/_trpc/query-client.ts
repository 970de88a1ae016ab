import { defaultShouldDehydrateQuery, QueryClient } from "@tanstack/react-query";
import { deserialize } from "@/lib/wire-format";

/**
 * `serializeData` writes superjson's format on the server (`serializeAnswer`), which dehydrates
 * what it prefetched; the browser only reads it back, with the wire format's few lines instead
 * of superjson.
 */
export function makeQueryClient(serializeData?: (data: unknown) => unknown) {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: (count, error) => count < 2 && !isClientError(error) },
      dehydrate: {
        ...(serializeData ? { serializeData } : {}),
        // Pending queries are streamed to the client too.
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
      hydrate: { deserializeData: deserialize },
    },
  });
}

/** 4xx answers will not get better by asking again. */
function isClientError(error: unknown): boolean {
  const status = (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;
  return typeof status === "number" && status >= 400 && status < 500;
}
