import type { Metadata } from "next";
import { Suspense } from "react";
import { EmptyState, PageHeader } from "@/app/_components/ui/card";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { currentUser } from "../_components/current-user";
import { pickStore, StoreSwitcher } from "../_components/store-switcher";
import { MorningDrop } from "./_components/morning-drop";
import { TodaysRoute } from "./_components/todays-route";

export const metadata: Metadata = { title: "Deliveries" };

export default async function DeliveriesPage({ searchParams }: { searchParams: Promise<{ store?: string }> }) {
  const [me, { store: code }] = await Promise.all([currentUser(), searchParams]);
  const rural = (me?.stores ?? []).filter((s) => s.program === "local_delivery");
  const store = pickStore(rural, code);
  if (!store) return <EmptyState title="Deliveries are for local delivery stores" />;
  const queryClient = getQueryClient();
  void queryClient.prefetchQuery(trpc.deliveries.drop.queryOptions({ partnerCode: store.code }));
  void queryClient.prefetchQuery(trpc.deliveries.today.queryOptions({ partnerCode: store.code }));
  return (
    <>
      <StoreSwitcher stores={rural} current={store.code} path="/deliveries" />
      <PageHeader title="Deliveries" subtitle={`${store.name} · times in ${store.timeZone}`} />
      <HydrateClient>
        <Suspense fallback={<p className="text-slate-600">Loading the drop…</p>}>
          <MorningDrop partnerCode={store.code} />
          <TodaysRoute partnerCode={store.code} />
        </Suspense>
      </HydrateClient>
    </>
  );
}
