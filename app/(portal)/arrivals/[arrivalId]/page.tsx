import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { HandoffPanel } from "./_components/handoff-panel";
import { arrivalIdFrom } from "./arrival-id";

export const metadata: Metadata = { title: "Handoff" };

export default async function HandoffPage({ params }: { params: Promise<{ arrivalId: string }> }) {
  const arrivalId = await arrivalIdFrom(params);
  const queryClient = getQueryClient();
  await queryClient.prefetchQuery(trpc.arrivals.manifest.queryOptions({ arrivalId }));
  const state = queryClient.getQueryState(trpc.arrivals.manifest.queryKey({ arrivalId }));
  if (state?.status === "error") {
    if (state.error instanceof TRPCError && state.error.code === "NOT_FOUND") notFound();
    throw state.error;
  }
  return (
    <HydrateClient>
      <Suspense fallback={<p className="text-slate-600">Loading the handoff…</p>}>
        <HandoffPanel arrivalId={arrivalId} />
      </Suspense>
    </HydrateClient>
  );
}
