import type { Metadata } from "next";
import { Suspense } from "react";
import { mapTiles } from "@/app/_components/map/tiles";
import { PageHeader } from "@/app/_components/ui/page-header";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { AdminNav } from "../_components/admin-nav";
import { MallsAdmin } from "./_components/malls-admin";

export const metadata: Metadata = { title: "Malls" };

export default function MallsPage() {
  const queryClient = getQueryClient();
  void queryClient.prefetchQuery(trpc.admin.malls.list.queryOptions());
  void queryClient.prefetchQuery(trpc.admin.regions.list.queryOptions());
  return (
    <>
      <AdminNav current="/admin/malls" />
      <PageHeader title="Malls" subtitle="Where mall pickup partners trade: address, place on the map and time zone." />
      <HydrateClient>
        <Suspense fallback={<p className="text-slate-600">Loading malls…</p>}>
          <MallsAdmin timeZones={Intl.supportedValuesOf("timeZone")} tiles={mapTiles()} />
        </Suspense>
      </HydrateClient>
    </>
  );
}
