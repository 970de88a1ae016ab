import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/app/_components/ui/page-header";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { AdminNav } from "../_components/admin-nav";
import { PeopleAdmin } from "./_components/people-admin";
import { parsePeopleParams } from "./params";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const { page, q } = parsePeopleParams({
    get: (key) => {
      const value = params[key];
      return (Array.isArray(value) ? value[0] : value) ?? null;
    },
  });
  const queryClient = getQueryClient();
  void queryClient.prefetchQuery(trpc.admin.people.list.queryOptions({ search: q.trim() || null, role: null, page }));
  void queryClient.prefetchQuery(trpc.admin.regions.list.queryOptions());
  return (
    <>
      <AdminNav current="/admin/people" />
      <PageHeader title="People" subtitle="Everyone in the network: managers, admins and store accounts." />
      <HydrateClient>
        <Suspense fallback={<p className="text-slate-600">Loading people…</p>}>
          <PeopleAdmin />
        </Suspense>
      </HydrateClient>
    </>
  );
}
