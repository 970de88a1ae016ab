import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChartFigure } from "@/app/_components/charts/chart-figure";
import { BarsChart } from "@/app/_components/charts/charts";
import { getFormat } from "@/app/_components/request-locale";
import { buttonClass } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { Link } from "@/app/_components/ui/link";
import { PageHeader } from "@/app/_components/ui/page-header";
import { Table, TBody, Td, THead, Th, Tr } from "@/app/_components/ui/table";
import { serverCaller } from "@/server/trpc/server";
import { currentUser } from "../_components/current-user";
import { pickStore, StoreSwitcher } from "../_components/store-switcher";
import { currentMonth, monthFrom, shiftMonth } from "./month";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("earnings"))("title") };
}

export default async function EarningsPage({
  searchParams,
}: {
  searchParams: Promise<{ store?: string; month?: string }>;
}) {
  const [format, t, me, params] = await Promise.all([
    getFormat(),
    getTranslations("earnings"),
    currentUser(),
    searchParams,
  ]);
  const rural = (me?.stores ?? []).filter((s) => s.program === "local_delivery");
  const store = pickStore(rural, params.store);
  if (!store || me?.role !== "store_owner") return <EmptyState title={t("notOwner")} />;
  const month = monthFrom(params.month, store.timeZone);
  const statement = await (await serverCaller()).deliveries.earnings({ partnerCode: store.code, month });
  const link = (m: string) => `/earnings?${new URLSearchParams({ store: store.code, month: m })}`;
  const monthName = format.month(month);
  return (
    <>
      <StoreSwitcher stores={rural} current={store.code} path="/earnings" />
      <PageHeader
        title={t("heading", { month: monthName })}
        subtitle={t("subtitle", {
          store: store.name,
          rates: statement.monthRatesCents.map(format.cents).join(t("rateThen")),
          timeZone: store.timeZone,
        })}
      />
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <Link href={link(shiftMonth(month, -1))} className={buttonClass("secondary")}>
          {t("previousMonth")}
        </Link>
        {/* No paging into months that have not begun. */}
        {month < currentMonth(store.timeZone) && (
          <Link href={link(shiftMonth(month, 1))} className={buttonClass("secondary")}>
            {t("nextMonth")}
          </Link>
        )}
        <a
          href={`/earnings/export?${new URLSearchParams({ store: store.code, month })}`}
          className={buttonClass("primary", "ml-auto")}
          download
        >
          {t("downloadCsv")}
        </a>
      </div>
      <Card>
        <p className="mb-3 text-lg font-semibold" data-testid="earnings-total">
          {t("total", {
            count: statement.totalParcels,
            n: String(statement.totalParcels),
            amount: format.cents(statement.totalCents),
          })}
        </p>
        {/* The table below lists the same days, so the chart needs no table of its own. */}
        <ChartFigure title={t("earnedByDay")} className="mb-4">
          <BarsChart
            title={t("earned")}
            format="cents"
            labels="days"
            points={statement.days.map((d) => ({ label: d.day, value: d.cents }))}
          />
        </ChartFigure>
        <Table>
          <THead>
            <Tr>
              <Th>{t("day")}</Th>
              <Th className="text-right">{t("delivered")}</Th>
              <Th className="text-right">{t("earned")}</Th>
            </Tr>
          </THead>
          <TBody>
            {statement.days.map((d) => (
              <Tr key={d.day} className={d.parcels ? "" : "text-fg-muted"} data-testid="earnings-day">
                <Td>{format.day(d.day)}</Td>
                <Td className="text-right tabular-nums">{format.count(d.parcels)}</Td>
                <Td className="text-right tabular-nums">{format.cents(d.cents)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Card>
    </>
  );
}
