import type { Metadata } from "next";
import { Suspense } from "react";
import { mapTiles } from "@/app/_components/map/tiles";
import { EmptyState, PageHeader } from "@/app/_components/ui/card";
import { OutboxPanel } from "@/app/_offline/sync-status";
import { isUuid } from "@/server/ids";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { currentUser } from "../_components/current-user";
import { pickStore, StoreSwitcher } from "../_components/store-switcher";
import { CoverageToday } from "./_components/coverage";
import { DeliverySteps } from "./_components/delivery-steps";

export const metadata: Metadata = { title: "Deliveries" };

export default async function DeliveriesPage({
  searchParams,
}: {
  searchParams: Promise<{ store?: string; drop?: string }>;
}) {
  const [me, { store: code, drop }] = await Promise.all([currentUser(), searchParams]);
  const rural = (me?.stores ?? []).filter((s) => s.program === "local_delivery");
  const store = pickStore(rural, code);
  if (!store) return <EmptyState title="Deliveries are for local delivery stores" />;
  const queryClient = getQueryClient();
  // Another of today's drop-offs, when the store got more than one.
  const arrivalId = drop && isUuid(drop) ? drop : undefined;
  void queryClient.prefetchQuery(
    trpc.deliveries.drop.queryOptions({ partnerCode: store.code, ...(arrivalId ? { arrivalId } : {}) }),
  );
  void queryClient.prefetchQuery(trpc.deliveries.coverage.queryOptions({ partnerCode: store.code }));
  void queryClient.prefetchQuery(trpc.deliveries.today.queryOptions({ partnerCode: store.code }));
  return (
    <>
      <StoreSwitcher stores={rural} current={store.code} path="/deliveries" />
      <PageHeader title="Deliveries" subtitle={`${store.name} · times in ${store.timeZone}`} />
      <OutboxPanel />
      <HydrateClient>
        <CoverageToday partnerCode={store.code} />
        <Suspense fallback={<p className="text-slate-600">Loading the day…</p>}>
          <DeliverySteps partnerCode={store.code} arrivalId={arrivalId} tiles={mapTiles()} />
        </Suspense>
      </HydrateClient>
    </>
  );
}
