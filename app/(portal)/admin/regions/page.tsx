import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/app/_components/ui/page-header";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { AdminNav } from "../_components/admin-nav";
import { RegionsAdmin } from "./_components/regions-admin";

export const metadata: Metadata = { title: "Regions" };

export default function RegionsPage() {
  void getQueryClient().prefetchQuery(trpc.admin.regions.list.queryOptions());
  return (
    <>
      <AdminNav current="/admin/regions" />
      <PageHeader
        title="Regions"
        subtitle="Each region has its managers, malls and partners, and a default time zone."
      />
      <HydrateClient>
        <Suspense fallback={<p className="text-slate-600">Loading regions…</p>}>
          <RegionsAdmin timeZones={Intl.supportedValuesOf("timeZone")} />
        </Suspense>
      </HydrateClient>
    </>
  );
}
