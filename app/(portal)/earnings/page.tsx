import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/app/_components/ui/button";
import { Card, EmptyState, PageHeader } from "@/app/_components/ui/card";
import { formatCents } from "@/server/domain/deliveries/earnings";
import { serverCaller } from "@/server/trpc/server";
import { currentUser } from "../_components/current-user";
import { pickStore, StoreSwitcher } from "../_components/store-switcher";
import { monthFrom, shiftMonth } from "./month";

export const metadata: Metadata = { title: "Earnings" };

export default async function EarningsPage({
  searchParams,
}: {
  searchParams: Promise<{ store?: string; month?: string }>;
}) {
  const [me, params] = await Promise.all([currentUser(), searchParams]);
  const rural = (me?.stores ?? []).filter((s) => s.program === "local_delivery");
  const store = pickStore(rural, params.store);
  if (!store || me?.role !== "store_owner")
    return <EmptyState title="Earnings are for owners of local delivery stores" />;
  const month = monthFrom(params.month, store.timeZone);
  const statement = await (await serverCaller()).deliveries.earnings({ partnerCode: store.code, month });
  const link = (m: string) => `/earnings?${new URLSearchParams({ store: store.code, month: m })}`;
  const monthName = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
  return (
    <>
      <StoreSwitcher stores={rural} current={store.code} path="/earnings" />
      <PageHeader
        title={`Earnings · ${monthName}`}
        subtitle={`${store.name} · ${formatCents(statement.payRateCents)} per delivered parcel · days in ${store.timeZone}`}
      />
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <Link href={link(shiftMonth(month, -1))} className={buttonClass("secondary")}>
          ← Previous month
        </Link>
        <Link href={link(shiftMonth(month, 1))} className={buttonClass("secondary")}>
          Next month →
        </Link>
        <a
          href={`/earnings/export?${new URLSearchParams({ store: store.code, month })}`}
          className={buttonClass("primary", "ml-auto")}
          download
        >
          Download CSV
        </a>
      </div>
      <Card>
        <p className="mb-3 text-lg font-semibold" data-testid="earnings-total">
          {statement.totalParcels} parcels delivered · {formatCents(statement.totalCents)}
        </p>
        <table className="w-full text-sm">
          <thead className="text-left text-xs text-slate-600">
            <tr>
              <th scope="col" className="py-1">
                Day
              </th>
              <th scope="col" className="py-1 text-right">
                Delivered
              </th>
              <th scope="col" className="py-1 text-right">
                Earned
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {statement.days.map((d) => (
              <tr key={d.day} className={d.parcels ? "" : "text-slate-400"}>
                <td className="py-1">{d.day}</td>
                <td className="py-1 text-right tabular-nums">{d.parcels}</td>
                <td className="py-1 text-right tabular-nums">{formatCents(d.cents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </>
  );
}
