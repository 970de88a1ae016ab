import Link from "next/link";
import { Suspense } from "react";
import { EmptyState, PageHeader } from "@/app/_components/ui/card";
import type { Program } from "@/db/schema";
import { getQueryClient, HydrateClient, trpc } from "@/server/trpc/server";
import { StoreToday, StoreTodaySkeleton } from "./store-today";

type Store = { code: string; name: string; program: Program; timeZone: string };

export async function StoreHome({ stores, selectedCode }: { stores: Store[]; selectedCode?: string }) {
  const store = stores.find((s) => s.code === selectedCode) ?? stores[0];
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
      {stores.length > 1 ? (
        <nav aria-label="Your stores" className="mb-4 flex flex-wrap gap-2">
          {stores.map((s) => (
            <Link
              key={s.code}
              href={`/?store=${encodeURIComponent(s.code)}`}
              aria-current={s.code === store.code ? "page" : undefined}
              className={`rounded-full px-3 py-1.5 text-sm font-medium ring-1 ${
                s.code === store.code
                  ? "bg-brand-600 text-white ring-brand-600"
                  : "bg-white text-slate-800 ring-slate-300"
              }`}
            >
              {s.name}
            </Link>
          ))}
        </nav>
      ) : null}
      <HydrateClient>
        <Suspense fallback={<StoreTodaySkeleton />}>
          <StoreToday code={store.code} />
        </Suspense>
      </HydrateClient>
    </>
  );
}
