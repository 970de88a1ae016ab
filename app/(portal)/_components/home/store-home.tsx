import { Suspense } from "react";
import { EmptyState, PageHeader } from "@/app/_components/ui/card";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { pickStore, type StoreSummary, StoreSwitcher } from "../store-switcher";
import { StoreToday, StoreTodaySkeleton } from "./store-today";

export async function StoreHome({ stores, selectedCode }: { stores: StoreSummary[]; selectedCode?: string }) {
  const store = pickStore(stores, selectedCode);
  if (!store) {
    return (
      <>
        <PageHeader title="Today" />
        <EmptyState title="You are not linked to a store yet">
          Ask your store owner or regional manager to add you to your store.
        </EmptyState>
      </>
    );
  }
  void getQueryClient().prefetchQuery(trpc.partners.today.queryOptions({ code: store.code }));
  return (
    <>
      <StoreSwitcher stores={stores} current={store.code} path="/" />
      <HydrateClient>
        <Suspense fallback={<StoreTodaySkeleton />}>
          <StoreToday code={store.code} />
        </Suspense>
      </HydrateClient>
    </>
  );
}
