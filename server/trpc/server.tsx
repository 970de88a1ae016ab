import "server-only";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache } from "react";
import { makeQueryClient } from "@/app/_trpc/query-client";
import { sessionUserFromCookies } from "@/server/auth/session-cookie";
import { serializeAnswer } from "./answer-format";
import { createTRPCContext } from "./init";
import { appRouter, createCaller } from "./root";

/** One context per server render. */
const createContext = cache(async () => {
  const requestHeaders = new Headers(await headers());
  return createTRPCContext({
    headers: requestHeaders,
    sessionUser: await sessionUserFromCookies(requestHeaders.get("cookie")),
  });
});

export const getQueryClient = cache(() => makeQueryClient(serializeAnswer));

/** Query options for server components to prefetch; the client picks them up hydrated. */
export const trpc = createTRPCOptionsProxy({ ctx: createContext, router: appRouter, queryClient: getQueryClient });

/** Direct calls from server components that render data themselves. */
export const serverCaller = cache(async () => createCaller(await createContext()));

export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
