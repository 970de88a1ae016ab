import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { mapTiles } from "@/app/_components/map/tiles";
import { EmptyState } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/page-header";
import { OutboxPanel } from "@/app/_offline/outbox-panel";
import { isUuid } from "@/server/ids";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { currentUser } from "../_components/current-user";
import { pickStore, StoreSwitcher } from "../_components/store-switcher";
import { CoverageToday } from "./_components/coverage";
import { DeliverySteps } from "./_components/delivery-steps";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("deliveries"))("title") };
}

export default async function DeliveriesPage({
  searchParams,
}: {
  searchParams: Promise<{ store?: string; drop?: string }>;
}) {
  const [me, { store: code, drop }, t] = await Promise.all([
    currentUser(),
    searchParams,
    getTranslations("deliveries"),
  ]);
  const rural = (me?.stores ?? []).filter((s) => s.program === "local_delivery");
  const store = pickStore(rural, code);
  if (!store) return <EmptyState title={t("notRural")} />;
  const queryClient = getQueryClient();
  // Another of today's drop-offs, when the store got more than one.
  const arrivalId = drop && isUuid(drop) ? drop : undefined;
  // Awaited: the day is in the page's first paint, not revealed after the scripts run.
  await Promise.all([
    queryClient.prefetchQuery(
      trpc.deliveries.drop.queryOptions({ partnerCode: store.code, ...(arrivalId ? { arrivalId } : {}) }),
    ),
    queryClient.prefetchQuery(trpc.deliveries.coverage.queryOptions({ partnerCode: store.code })),
    queryClient.prefetchQuery(trpc.deliveries.today.queryOptions({ partnerCode: store.code })),
  ]);
  return (
    <>
      <StoreSwitcher stores={rural} current={store.code} path="/deliveries" />
      <PageHeader title={t("title")} subtitle={t("subtitle", { store: store.name, timeZone: store.timeZone })} />
      <OutboxPanel />
      <HydrateClient>
        <CoverageToday partnerCode={store.code} />
        <DeliverySteps partnerCode={store.code} arrivalId={arrivalId} tiles={mapTiles()} />
      </HydrateClient>
    </>
  );
}
