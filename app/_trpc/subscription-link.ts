import { httpSubscriptionLink, type TRPCLink } from "@trpc/client";
import { wireFormat } from "@/lib/wire-format";
import type { AppRouter } from "@/server/trpc/root";

/** Live updates arrive as server-sent events. */
export const subscriptionLink = (): TRPCLink<AppRouter> =>
  httpSubscriptionLink({ url: "/api/trpc", transformer: wireFormat });
