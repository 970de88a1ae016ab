import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/app/_components/ui/card";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { PeopleAdmin } from "./_components/people-admin";

export const metadata: Metadata = { title: "People" };

export default function PeoplePage() {
  const queryClient = getQueryClient();
  void queryClient.prefetchQuery(trpc.admin.people.list.queryOptions({ search: null, role: null, page: 1 }));
  void queryClient.prefetchQuery(trpc.admin.regions.list.queryOptions());
  return (
    <>
      <PageHeader title="People" subtitle="Everyone in the network: managers, admins and store accounts." />
      <HydrateClient>
        <Suspense fallback={<p className="text-slate-600">Loading people…</p>}>
          <PeopleAdmin />
        </Suspense>
      </HydrateClient>
    </>
  );
}
