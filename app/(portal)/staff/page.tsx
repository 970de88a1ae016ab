import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/page-header";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { currentUser } from "../_components/current-user";
import { pickStore, StoreSwitcher } from "../_components/store-switcher";
import { StaffManager } from "./_components/staff-manager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff"))("title") };
}

export default async function StaffPage({ searchParams }: { searchParams: Promise<{ store?: string }> }) {
  const [me, { store: code }, t] = await Promise.all([currentUser(), searchParams, getTranslations("staff")]);
  const store = me?.role === "store_owner" ? pickStore(me.stores, code) : undefined;
  if (!store) return <EmptyState title={t("notOwner")} />;
  // Awaited: the list is in the page's first paint, not revealed after the scripts run.
  await getQueryClient().prefetchQuery(trpc.staff.list.queryOptions({ partnerCode: store.code }));
  return (
    <>
      <StoreSwitcher stores={me!.stores} current={store.code} path="/staff" />
      <PageHeader title={t("title")} subtitle={t("subtitle", { store: store.name })} />
      <HydrateClient>
        <StaffManager partnerCode={store.code} timeZone={store.timeZone} myId={me!.id} />
      </HydrateClient>
    </>
  );
}
