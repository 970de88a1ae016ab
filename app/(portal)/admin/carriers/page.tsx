import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/app/_components/ui/page-header";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { AdminNav } from "../_components/admin-nav";
import { CarriersAdmin } from "./_components/carriers-admin";

export const metadata: Metadata = { title: "Carriers" };

export default function CarriersPage() {
  void getQueryClient().prefetchQuery(trpc.admin.network.list.queryOptions());
  return (
    <>
      <AdminNav current="/admin/carriers" />
      <PageHeader title="Carriers" subtitle="The carriers whose parcels the network handles, and their API keys." />
      <HydrateClient>
        <Suspense fallback={<p className="text-slate-600">Loading carriers…</p>}>
          <CarriersAdmin />
        </Suspense>
      </HydrateClient>
    </>
  );
}
