import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/app/_components/ui/page-header";
import { subscribableWebhookEventTypes } from "@/lib/enums";
import { pageParamSchema } from "@/lib/pagination";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { AdminNav } from "../_components/admin-nav";
import { WebhooksAdmin } from "../_components/webhooks-admin";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // The deliveries' page is in the address; junk there shows the first page.
  const { page: asked } = await searchParams;
  const page = pageParamSchema.parse(Array.isArray(asked) ? asked[0] : asked);
  const queryClient = getQueryClient();
  void queryClient.prefetchQuery(trpc.admin.webhooks.queryOptions({ page }));
  void queryClient.prefetchQuery(trpc.admin.carriers.queryOptions());
  return (
    <>
      <AdminNav current="/admin/webhooks" />
      <PageHeader
        title="Webhooks"
        subtitle="Events sent to carriers, signed with HMAC-SHA256, retried with backoff for three days until acknowledged."
      />
      <HydrateClient>
        <Suspense fallback={<p className="text-slate-600">Loading webhooks…</p>}>
          <WebhooksAdmin eventTypes={subscribableWebhookEventTypes} page={page} />
        </Suspense>
      </HydrateClient>
    </>
  );
}
