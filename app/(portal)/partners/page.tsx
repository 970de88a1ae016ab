import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/app/_components/ui/button";
import { Card, EmptyState, PageHeader } from "@/app/_components/ui/card";
import { serverCaller } from "@/server/trpc/server";
import { currentUser } from "../_components/current-user";

export const metadata: Metadata = { title: "Partners" };

export default async function PartnersPage() {
  const [me, partners] = await Promise.all([currentUser(), (await serverCaller()).partners.list()]);
  return (
    <>
      <PageHeader title="Partners" subtitle={`${partners.length} partner stores you can see`} />
      {me?.role === "regional_manager" || me?.role === "admin" ? (
        <p className="mb-4">
          <Link href="/partners/new" className={buttonClass("primary")}>
            Onboard a partner
          </Link>
        </p>
      ) : null}
      {partners.length === 0 ? (
        <EmptyState title="No partners yet" />
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100">
            {partners.map((p) => (
              <li key={p.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <Link
                  href={`/partners/${encodeURIComponent(p.code)}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {p.name}
                </Link>
                <span className="text-sm text-slate-600">
                  {p.code} · {p.regionName} · {p.mallName ?? `${p.city}, ${p.state}`}
                  {p.active ? "" : " · inactive"}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
