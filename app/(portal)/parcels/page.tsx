import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/app/_components/ui/link";
import { PageHeader } from "@/app/_components/ui/page-header";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { currentUser } from "../_components/current-user";
import { pickStore, StoreSwitcher } from "../_components/store-switcher";
import { ParcelLookup } from "./_components/parcel-lookup";
import { ParcelQueue } from "./_components/parcel-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("parcels"))("title") };
}

export default async function ParcelsPage({ searchParams }: { searchParams: Promise<{ store?: string }> }) {
  const [me, { store: code }, t] = await Promise.all([currentUser(), searchParams, getTranslations("parcels")]);
  const store = me ? pickStore(me.stores, code) : undefined;
  if (!me || !store || store.program !== "mall_pickup") {
    return (
      <>
        <PageHeader title={t("title")} subtitle={t("lookupSubtitle")} />
        {me?.role === "regional_manager" || me?.role === "admin" ? (
          <p className="mb-4 text-sm">
            {t.rich("searchHint", {
              link: (chunks) => (
                <Link href="/parcels/search" className="font-medium text-brand-700 hover:underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : null}
        <ParcelLookup />
      </>
    );
  }
  // Awaited: the queue is in the page's first paint, not revealed after the scripts run.
  await getQueryClient().prefetchQuery(trpc.parcels.queue.queryOptions({ partnerCode: store.code, filter: "open" }));
  return (
    <>
      <StoreSwitcher stores={me.stores} current={store.code} path="/parcels" />
      <PageHeader title={t("title")} subtitle={t("queueSubtitle", { store: store.name })} />
      <HydrateClient>
        <ParcelQueue partnerCode={store.code} />
      </HydrateClient>
    </>
  );
}
