import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { HandoffPanel } from "./_components/handoff-panel";
import { arrivalIdFrom } from "./arrival-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("handoff"))("title") };
}

export default async function HandoffPage({ params }: { params: Promise<{ arrivalId: string }> }) {
  const [arrivalId, _t] = await Promise.all([arrivalIdFrom(params), getTranslations("handoff")]);
  const queryClient = getQueryClient();
  await queryClient.prefetchQuery(trpc.arrivals.manifest.queryOptions({ arrivalId }));
  const state = queryClient.getQueryState(trpc.arrivals.manifest.queryKey({ arrivalId }));
  if (state?.status === "error") {
    if (state.error instanceof TRPCError && state.error.code === "NOT_FOUND") notFound();
    throw state.error;
  }
  return (
    <HydrateClient>
      <HandoffPanel arrivalId={arrivalId} />
    </HydrateClient>
  );
}
