import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PageHeader } from "@/app/_components/ui/card";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { currentUser } from "../_components/current-user";
import { pickStore, StoreSwitcher } from "../_components/store-switcher";
import { ParcelLookup } from "./_components/parcel-lookup";
import { ParcelQueue } from "./_components/parcel-queue";

export const metadata: Metadata = { title: "Parcels" };

export default async function ParcelsPage({ searchParams }: { searchParams: Promise<{ store?: string }> }) {
  const [me, { store: code }] = await Promise.all([currentUser(), searchParams]);
  const store = me ? pickStore(me.stores, code) : undefined;
  if (!me || !store || store.program !== "mall_pickup") {
    return (
      <>
        <PageHeader title="Parcels" subtitle="Look up any parcel you can see by its tracking ID." />
        {me?.role === "regional_manager" || me?.role === "admin" ? (
          <p className="mb-4 text-sm">
            <Link href="/parcels/search" className="font-medium text-brand-700 hover:underline">
              Parcel search
            </Link>{" "}
            finds parcels by part of a recipient's name or by day.
          </p>
        ) : null}
        <ParcelLookup />
      </>
    );
  }
  void getQueryClient().prefetchQuery(trpc.parcels.queue.queryOptions({ partnerCode: store.code, filter: "open" }));
  return (
    <>
      <StoreSwitcher stores={me.stores} current={store.code} path="/parcels" />
      <PageHeader title="Parcels" subtitle={`${store.name} · scan each parcel as it is ready for its driver`} />
      <HydrateClient>
        <Suspense fallback={<p className="text-slate-600">Loading the queue…</p>}>
          <ParcelQueue partnerCode={store.code} />
        </Suspense>
      </HydrateClient>
    </>
  );
}
