import "server-only";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache } from "react";
import { makeQueryClient } from "@/app/_trpc/query-client";
import { auth } from "@/server/auth";
import { createTRPCContext } from "./init";
import { appRouter, createCaller } from "./root";

/** One context per server render. */
const createContext = cache(async () => {
  const session = await auth();
  return createTRPCContext({
    headers: new Headers(await headers()),
    sessionUser: session?.user?.id ? { id: session.user.id, role: session.user.role } : null,
  });
});

export const getQueryClient = cache(makeQueryClient);

/** Query options for server components to prefetch; the client picks them up hydrated. */
export const trpc = createTRPCOptionsProxy({ ctx: createContext, router: appRouter, queryClient: getQueryClient });

/** Direct calls from server components that render data themselves. */
export const serverCaller = cache(async () => createCaller(await createContext()));

export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
