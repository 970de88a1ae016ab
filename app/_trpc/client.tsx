"use client";

import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, type OperationLink, splitLink, type TRPCLink } from "@trpc/client";
import { observable, type Unsubscribable } from "@trpc/server/observable";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState } from "react";
import { ToastProvider } from "@/app/_components/ui/toast";
import { MAX_TRPC_BATCH } from "@/lib/trpc-limits";
import { wireFormat } from "@/lib/wire-format";
import type { AppRouter } from "@/server/trpc/root";
import { makeQueryClient } from "./query-client";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

let browserQueryClient: QueryClient | undefined;

function getQueryClient() {
  if (typeof window === "undefined") return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

const SUBSCRIPTION_RETRY_MS = 5_000;

/**
 * Live updates' link, fetched the first time a screen subscribes: most screens never do, and the
 * code for server-sent events would otherwise weigh on every page's first load.
 */
function lazySubscriptionLink(): TRPCLink<AppRouter> {
  let loaded: Promise<OperationLink<AppRouter>> | undefined;
  return (runtime) =>
    ({ op, next }) =>
      observable((observer) => {
        let subscription: Unsubscribable | undefined;
        let retry: ReturnType<typeof setTimeout> | undefined;
        let stopped = false;
        const start = () => {
          loaded ??= import("./subscription-link").then(({ subscriptionLink }) => subscriptionLink()(runtime));
          loaded.then(
            (link) => {
              if (!stopped) subscription = link({ op, next }).subscribe(observer);
            },
            () => {
              // No network for the code yet: tried again, as the live link itself reconnects.
              loaded = undefined;
              if (!stopped) retry = setTimeout(start, SUBSCRIPTION_RETRY_MS);
            },
          );
        };
        start();
        return () => {
          stopped = true;
          clearTimeout(retry);
          subscription?.unsubscribe();
        };
      });
}

export function TRPCReactProvider({ children }: { children: React.ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        splitLink({
          condition: (op) => op.type === "subscription",
          true: lazySubscriptionLink(),
          false: httpBatchLink({ url: "/api/trpc", transformer: wireFormat, maxItems: MAX_TRPC_BATCH }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {/* Toasts sit with the data layer: every screen that changes something can confirm it. */}
        <ToastProvider>{children}</ToastProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
