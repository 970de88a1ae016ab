import type { Metadata } from "next";
import { Card, EmptyState, PageHeader } from "@/app/_components/ui/card";
import { currentUser } from "../_components/current-user";
import { pickStore, StoreSwitcher } from "../_components/store-switcher";
import { CoverageGaps } from "../deliveries/_components/coverage";
import { ClosureDays } from "./_components/closure-days";

export const metadata: Metadata = { title: "Store" };

export default async function StorePage({ searchParams }: { searchParams: Promise<{ store?: string }> }) {
  const [me, { store: code }] = await Promise.all([currentUser(), searchParams]);
  const store = me?.role === "store_owner" ? pickStore(me.stores, code) : undefined;
  if (!store) return <EmptyState title="Store settings are for store owners" />;
  return (
    <>
      <StoreSwitcher stores={me!.stores} current={store.code} path="/store" />
      <PageHeader title="Store" subtitle={`${store.name} · days in ${store.timeZone}`} />
      <Card title="Closure days (at most five a year)">
        <ClosureDays code={store.code} />
      </Card>
      {store.program === "local_delivery" ? <CoverageGaps partnerCode={store.code} className="mt-4" /> : null}
    </>
  );
}
