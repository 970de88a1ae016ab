import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/page-header";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { serverCaller } from "@/server/trpc/server";
import { notFoundOrThrow, pathParam } from "../../_components/route-params";
import { LogDelivery } from "../_components/log-delivery";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("deliveries"))("logTitle") };
}

export default async function LogDeliveryPage({ params }: { params: Promise<{ trackingId: string }> }) {
  const trackingId = pathParam((await params).trackingId);
  const [parcel, t] = await Promise.all([
    (await serverCaller()).parcels.get({ trackingId }).catch(notFoundOrThrow),
    getTranslations("deliveries"),
  ]);
  return (
    <>
      <PageHeader
        title={parcel.recipientName}
        subtitle={`${parcel.recipientLine1}, ${parcel.recipientCity} · ${parcel.trackingId}`}
      />
      <Card>
        <p className="mb-3 text-sm">
          {t("now")} <StatusBadge status={parcel.status} /> · {t("failedAttempt", { count: parcel.failedAttempts })}
        </p>
        <LogDelivery trackingId={parcel.trackingId} recipientName={parcel.recipientName} />
      </Card>
    </>
  );
}
