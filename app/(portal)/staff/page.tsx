import type { Metadata } from "next";
import { Suspense } from "react";
import { EmptyState, PageHeader } from "@/app/_components/ui/card";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { currentUser } from "../_components/current-user";
import { pickStore, StoreSwitcher } from "../_components/store-switcher";
import { StaffManager } from "./_components/staff-manager";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage({ searchParams }: { searchParams: Promise<{ store?: string }> }) {
  const [me, { store: code }] = await Promise.all([currentUser(), searchParams]);
  const store = me?.role === "store_owner" ? pickStore(me.stores, code) : undefined;
  if (!store) return <EmptyState title="Staff is for store owners" />;
  void getQueryClient().prefetchQuery(trpc.staff.list.queryOptions({ partnerCode: store.code }));
  return (
    <>
      <StoreSwitcher stores={me!.stores} current={store.code} path="/staff" />
      <PageHeader title="Staff" subtitle={`The people of ${store.name}`} />
      <HydrateClient>
        <Suspense fallback={<p className="text-slate-600">Loading the store's people…</p>}>
          <StaffManager partnerCode={store.code} timeZone={store.timeZone} myId={me!.id} />
        </Suspense>
      </HydrateClient>
    </>
  );
}
