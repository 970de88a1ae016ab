import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/page-header";
import { PillNav } from "@/app/_components/ui/pill-nav";
import { getQueryClient, HydrateClient, serverCaller, trpc } from "@/server/trpc/server";
import { currentUser } from "../_components/current-user";
import { pickStore, StoreSwitcher } from "../_components/store-switcher";
import { MallArrivalBoard, StoreArrivalBoard } from "./_components/arrival-board";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("arrivals"))("title") };
}

export default async function ArrivalsPage({
  searchParams,
}: {
  searchParams: Promise<{ store?: string; mall?: string }>;
}) {
  const [me, params, t] = await Promise.all([currentUser(), searchParams, getTranslations("arrivals")]);
  if (!me) return null;

  if (me.role === "store_staff" || me.role === "store_owner") {
    const store = pickStore(me.stores, params.store);
    if (!store) return <EmptyState title={t("notLinked")} />;
    // Awaited: the board is in the page's first paint, not revealed after the scripts run.
    await getQueryClient().prefetchQuery(trpc.arrivals.forStore.queryOptions({ partnerCode: store.code }));
    return (
      <>
        <StoreSwitcher stores={me.stores} current={store.code} path="/arrivals" />
        <PageHeader title={t("heading")} subtitle={t("subtitle", { store: store.name, zone: store.timeZone })} />
        <HydrateClient>
          <StoreArrivalBoard partnerCode={store.code} />
        </HydrateClient>
      </>
    );
  }

  const malls = await (await serverCaller()).arrivals.malls();
  const mall = malls.find((m) => m.id === params.mall) ?? malls[0];
  if (!mall) return <EmptyState title={t("noMalls")} />;
  await getQueryClient().prefetchQuery(trpc.arrivals.mallBoard.queryOptions({ mallId: mall.id }));
  return (
    <>
      <PageHeader title={t("heading")} subtitle={t("mallSubtitle")} />
      <PillNav
        label={t("malls")}
        items={malls.map((m) => ({ href: `/arrivals?mall=${m.id}`, label: m.name, current: m.id === mall.id }))}
      />
      <HydrateClient>
        <MallArrivalBoard mallId={mall.id} />
      </HydrateClient>
    </>
  );
}
