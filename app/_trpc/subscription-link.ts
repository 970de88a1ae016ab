import { httpSubscriptionLink } from "@trpc/client";
import { wireFormat } from "@/lib/wire-format";
import type { SubscriptionHandlers } from "./browser-client";

let nextId = 0;

/**
 * One live subscription over server-sent events, by tRPC's own link (it reconnects and resumes),
 * fetched only by the screens that subscribe. Returns what closes it.
 */
export function openSubscription(url: string, path: string, input: unknown, handlers: SubscriptionHandlers) {
  const link = httpSubscriptionLink({ url, transformer: wireFormat })({});
  const subscription = link({
    op: { id: ++nextId, type: "subscription", path, input, context: {}, signal: null },
    next: () => {
      throw new Error("the live link ends the chain");
    },
  }).subscribe({
    next: ({ result }) => {
      if (result.type === "data" || result.type === undefined) handlers.onData?.(result.data);
    },
    error: (error) => handlers.onError?.(error),
  });
  return () => subscription.unsubscribe();
}
