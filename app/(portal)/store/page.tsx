import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/page-header";
import { currentUser } from "../_components/current-user";
import { pickStore, StoreSwitcher } from "../_components/store-switcher";
import { CoverageGaps } from "../deliveries/_components/coverage";
import { ClosureDays } from "./_components/closure-days";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("store"))("title") };
}

export default async function StorePage({ searchParams }: { searchParams: Promise<{ store?: string }> }) {
  const [me, { store: code }, t] = await Promise.all([currentUser(), searchParams, getTranslations("store")]);
  const store = me?.role === "store_owner" ? pickStore(me.stores, code) : undefined;
  if (!store) return <EmptyState title={t("notOwner")} />;
  return (
    <>
      <StoreSwitcher stores={me!.stores} current={store.code} path="/store" />
      <PageHeader title={t("title")} subtitle={t("subtitle", { store: store.name, timeZone: store.timeZone })} />
      <Card title={t("closureDaysTitle")}>
        <ClosureDays code={store.code} />
      </Card>
      {store.program === "local_delivery" ? <CoverageGaps partnerCode={store.code} className="mt-4" /> : null}
    </>
  );
}
