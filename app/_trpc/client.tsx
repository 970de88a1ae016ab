"use client";

import { hashKey, type QueryClient, QueryClientProvider, type QueryKey } from "@tanstack/react-query";
import type { TRPCClient } from "@trpc/client";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { createContext, useContext, useEffect, useEffectEvent, useState } from "react";
import { ToastProvider } from "@/app/_components/ui/toast";
import type { AppRouter } from "@/server/trpc/root";
import {
  createOptionsProxy,
  createTypedClient,
  createUntypedClient,
  type SubscriptionHandlers,
  type Unsubscribable,
} from "./browser-client";
import { makeQueryClient } from "./query-client";

export { TRPCClientError } from "./browser-client";

type Clients = { options: TRPCOptionsProxy<AppRouter>; client: TRPCClient<AppRouter> };

const ClientsContext = createContext<Clients | null>(null);

function useClients() {
  const clients = useContext(ClientsContext);
  if (!clients) throw new Error("useTRPC needs TRPCReactProvider above it");
  return clients;
}

/** Query and mutation options for a procedure: `useQuery(trpc.parcels.queue.queryOptions(input))`. */
export const useTRPC = () => useClients().options;

/** Direct calls, for code outside TanStack Query (the outbox's sending). */
export const useTRPCClient = () => useClients().client;

let browserQueryClient: QueryClient | undefined;

function getQueryClient() {
  if (typeof window === "undefined") return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

export function TRPCReactProvider({ children }: { children: React.ReactNode }) {
  const queryClient = getQueryClient();
  const [clients] = useState<Clients>(() => {
    const untyped = createUntypedClient("/api/trpc");
    return { options: createOptionsProxy(untyped), client: createTypedClient(untyped) };
  });
  return (
    <QueryClientProvider client={queryClient}>
      <ClientsContext value={clients}>
        {/* Toasts sit with the data layer: every screen that changes something can confirm it. */}
        <ToastProvider>{children}</ToastProvider>
      </ClientsContext>
    </QueryClientProvider>
  );
}

type SubscriptionOptions<TData> = {
  enabled: boolean;
  queryKey: QueryKey;
  subscribe: (handlers: SubscriptionHandlers) => Unsubscribable;
  onData?: (data: TData) => void;
};

/**
 * Keeps a live subscription open while the component shows and its input stays the same:
 * `useSubscription(trpc.live.changes.subscriptionOptions(input, { onData }))`.
 */
export function useSubscription<TData>(options: SubscriptionOptions<TData>) {
  const onData = useEffectEvent((data: unknown) => options.onData?.(data as TData));
  const { enabled, subscribe } = options;
  const key = hashKey(options.queryKey);
  const subscribeEvent = useEffectEvent(() => subscribe({ onData }));
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new subscription only for another input (its key).
  useEffect(() => {
    if (!enabled) return;
    const subscription = subscribeEvent();
    return () => subscription.unsubscribe();
  }, [key, enabled]);
}
