import { type QueryKey, skipToken } from "@tanstack/react-query";
import type { TRPCClient } from "@trpc/client";
import type { inferRouterError } from "@trpc/server";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { MAX_TRPC_BATCH } from "@/lib/trpc-limits";
import { deserialize, serialize, type Wire } from "@/lib/wire-format";
import type { AppRouter } from "@/server/trpc/root";

/**
 * The browser's tRPC client: tRPC's HTTP protocol (batched GET for queries, batched POST for
 * mutations) and TanStack Query's options in tRPC's own query keys, in about a tenth of the code
 * of `@trpc/client` and `@trpc/tanstack-react-query`, which every page would otherwise load. The
 * types are tRPC's; the server keeps tRPC's own code (it prefetches with the same keys).
 */

type ErrorShape = inferRouterError<AppRouter>;

/** A procedure's refusal, or a request that got no answer (`data` is then undefined). */
export class TRPCClientError extends Error {
  readonly shape: ErrorShape | undefined;
  readonly data: ErrorShape["data"] | undefined;

  constructor(message: string, shape?: ErrorShape, cause?: unknown) {
    super(message, { cause });
    this.name = "TRPCClientError";
    this.shape = shape;
    this.data = shape?.data;
  }
}

export type SubscriptionHandlers = { onData?: (data: unknown) => void; onError?: (error: unknown) => void };
export type Unsubscribable = { unsubscribe: () => void };

/** What the options and the typed client call: one procedure by its dotted path. */
export type UntypedClient = {
  query: (path: string, input: unknown) => Promise<unknown>;
  mutation: (path: string, input: unknown) => Promise<unknown>;
  subscription: (path: string, input: unknown, handlers: SubscriptionHandlers) => Unsubscribable;
};

type ProcedureType = "query" | "mutation";
type Call = { path: string; input: Wire; resolve: (data: unknown) => void; reject: (error: unknown) => void };
type ResponseItem = { result?: { data?: Wire }; error?: Wire };

const SUBSCRIPTION_RETRY_MS = 5_000;

export function createUntypedClient(url: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): UntypedClient {
  const waiting: Record<ProcedureType, Call[]> = { query: [], mutation: [] };
  let scheduled = false;

  // Calls made in the same task share requests, as tRPC's batch link does.
  const flush = () => {
    scheduled = false;
    for (const type of ["query", "mutation"] as const) {
      const calls = waiting[type].splice(0);
      for (let start = 0; start < calls.length; start += MAX_TRPC_BATCH) {
        void send(type, calls.slice(start, start + MAX_TRPC_BATCH));
      }
    }
  };

  const send = async (type: ProcedureType, calls: Call[]) => {
    const inputs = JSON.stringify(Object.fromEntries(calls.map((call, index) => [index, call.input])));
    const target = `${url}/${calls.map((call) => call.path).join(",")}?batch=1`;
    let items: unknown[];
    try {
      const response =
        type === "query"
          ? await fetchImpl(`${target}&input=${encodeURIComponent(inputs)}`)
          : await fetchImpl(target, { method: "POST", body: inputs, headers: { "content-type": "application/json" } });
      const json: unknown = await response.json();
      // A refusal of the whole request (too many calls, a wrong method) answers each call alike.
      items = Array.isArray(json) ? json : calls.map(() => json);
    } catch (cause) {
      for (const call of calls) call.reject(new TRPCClientError(messageOf(cause), undefined, cause));
      return;
    }
    calls.forEach((call, index) => {
      settle(call, items[index]);
    });
  };

  const call = (type: ProcedureType) => (path: string, input: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      waiting[type].push({ path, input: serialize(input), resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setTimeout(flush);
      }
    });

  let live: Promise<typeof import("./subscription-link")> | undefined;

  return {
    query: call("query"),
    mutation: call("mutation"),
    // Live updates' code (server-sent events) is fetched at the first subscription: most screens never make one.
    subscription(path, input, handlers) {
      let stopped = false;
      let retry: ReturnType<typeof setTimeout> | undefined;
      let close: (() => void) | undefined;
      const start = () => {
        live ??= import("./subscription-link");
        live.then(
          ({ openSubscription }) => {
            if (!stopped) close = openSubscription(url, path, input, handlers);
          },
          () => {
            // No network for the code yet: tried again, as the live link itself reconnects.
            live = undefined;
            if (!stopped) retry = setTimeout(start, SUBSCRIPTION_RETRY_MS);
          },
        );
      };
      start();
      return {
        unsubscribe() {
          stopped = true;
          clearTimeout(retry);
          close?.();
        },
      };
    },
  };
}

function settle(call: Call, item: unknown) {
  const { result, error } = (item ?? {}) as ResponseItem;
  try {
    if (error) {
      const shape = deserialize<ErrorShape>(error);
      call.reject(new TRPCClientError(shape.message, shape));
    } else if (result) {
      call.resolve(result.data === undefined ? undefined : deserialize(result.data));
    } else {
      call.reject(new TRPCClientError("The server's answer could not be read."));
    }
  } catch (cause) {
    call.reject(new TRPCClientError(messageOf(cause), undefined, cause));
  }
}

function messageOf(cause: unknown) {
  return cause instanceof Error ? cause.message : "Unknown error";
}

/** A proxy that collects the property path it is reached through and calls `onCall` with it. */
function pathProxy(onCall: (path: string[], args: unknown[]) => unknown, path: string[] = []): unknown {
  return new Proxy(() => {}, {
    // Not a thenable: awaiting or resolving the proxy must not call a procedure named "then".
    get: (_target, key) => (typeof key === "string" && key !== "then" ? pathProxy(onCall, [...path, key]) : undefined),
    apply: (_target, _this, args) => onCall(path, args),
  });
}

/** `client.deliveries.log.mutate(input)`, typed as tRPC's client. */
export function createTypedClient(client: UntypedClient): TRPCClient<AppRouter> {
  return pathProxy((path, [input, handlers]) => {
    const method = path.pop();
    const dotted = path.join(".");
    if (method === "query") return client.query(dotted, input);
    if (method === "mutate") return client.mutation(dotted, input);
    if (method === "subscribe") return client.subscription(dotted, input, handlers as SubscriptionHandlers);
    throw new TypeError(`${method} is not a procedure call`);
  }) as TRPCClient<AppRouter>;
}

/** tRPC's query key: the path, then the input and the kind (so `pathKey` matches every input). */
export function trpcQueryKey(path: string[], input: unknown, type: "query" | "any"): QueryKey {
  if (input === undefined && type === "any") return path.length ? [path] : [];
  return [
    path,
    {
      ...(input !== undefined && input !== skipToken ? { input } : {}),
      ...(type === "query" ? { type } : {}),
    },
  ];
}

type OptionsIn = Record<string, unknown> | undefined;

/**
 * `trpc.parcels.queue.queryOptions(input)` and friends, with tRPC's keys: the subset the screens
 * use (queryOptions, queryKey, pathKey, mutationOptions, subscriptionOptions).
 */
export function createOptionsProxy(client: UntypedClient): TRPCOptionsProxy<AppRouter> {
  return pathProxy((fullPath, [input, options]) => {
    const path = fullPath.slice(0, -1);
    const method = fullPath.at(-1);
    const dotted = path.join(".");
    const trpc = { path: dotted };
    switch (method) {
      case "pathKey":
        return trpcQueryKey(path, undefined, "any");
      case "queryKey":
        return trpcQueryKey(path, input, "query");
      case "queryOptions":
        return {
          ...(options as OptionsIn),
          queryKey: trpcQueryKey(path, input, "query"),
          queryFn: input === skipToken ? skipToken : () => client.query(dotted, input),
          trpc,
        };
      case "mutationOptions":
        return {
          ...(input as OptionsIn),
          mutationKey: [path],
          mutationFn: (variables: unknown) => client.mutation(dotted, variables),
          trpc,
        };
      case "subscriptionOptions": {
        const opts = (options ?? {}) as Record<string, unknown>;
        return {
          ...opts,
          enabled: "enabled" in opts ? Boolean(opts.enabled) : input !== skipToken,
          queryKey: trpcQueryKey(path, input, "any"),
          subscribe: (handlers: SubscriptionHandlers) =>
            client.subscription(dotted, input === skipToken ? undefined : input, handlers),
          trpc,
        };
      }
      default:
        throw new TypeError(`trpc.${dotted}.${method} is not supported in the browser`);
    }
  }) as TRPCOptionsProxy<AppRouter>;
}
