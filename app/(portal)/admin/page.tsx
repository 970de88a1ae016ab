import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { PageHeader } from "@/app/_components/ui/card";
import { webhookEventTypes } from "@/db/schema";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { currentUser } from "../_components/current-user";
import { WebhooksAdmin } from "./_components/webhooks-admin";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const me = await currentUser();
  if (me?.role !== "admin") notFound();
  const queryClient = getQueryClient();
  void queryClient.prefetchQuery(trpc.admin.webhooks.queryOptions());
  void queryClient.prefetchQuery(trpc.admin.carriers.queryOptions());
  return (
    <>
      <PageHeader
        title="Webhooks"
        subtitle="Events sent to carriers, signed with HMAC-SHA256, retried with backoff until acknowledged."
      />
      <HydrateClient>
        <Suspense fallback={<p className="text-slate-600">Loading webhooks…</p>}>
          <WebhooksAdmin eventTypes={webhookEventTypes} />
        </Suspense>
      </HydrateClient>
    </>
  );
}
