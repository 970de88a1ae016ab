import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/page-header";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { pickStore, type StoreSummary, StoreSwitcher } from "../store-switcher";
import { StoreToday } from "./store-today";

export async function StoreHome({ stores, selectedCode }: { stores: StoreSummary[]; selectedCode?: string }) {
  const store = pickStore(stores, selectedCode);
  if (!store) {
    const t = await getTranslations("today");
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("notLinked")}>{t("notLinkedHint")}</EmptyState>
      </>
    );
  }
  // Awaited: the day is in the page's first paint, not revealed after the scripts run.
  await getQueryClient().prefetchQuery(trpc.partners.today.queryOptions({ code: store.code }));
  return (
    <>
      <StoreSwitcher stores={stores} current={store.code} path="/" />
      <HydrateClient>
        <StoreToday code={store.code} />
      </HydrateClient>
    </>
  );
}
