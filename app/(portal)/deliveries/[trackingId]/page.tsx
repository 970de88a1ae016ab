import type { Metadata } from "next";
import { Card, PageHeader } from "@/app/_components/ui/card";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { serverCaller } from "@/server/trpc/server";
import { notFoundOrThrow, pathParam } from "../../_components/route-params";
import { LogDelivery } from "../_components/log-delivery";

export const metadata: Metadata = { title: "Log a delivery" };

export default async function LogDeliveryPage({ params }: { params: Promise<{ trackingId: string }> }) {
  const trackingId = pathParam((await params).trackingId);
  const parcel = await (await serverCaller()).parcels.get({ trackingId }).catch(notFoundOrThrow);
  return (
    <>
      <PageHeader
        title={parcel.recipientName}
        subtitle={`${parcel.recipientLine1}, ${parcel.recipientCity} · ${parcel.trackingId}`}
      />
      <Card>
        <p className="mb-3 text-sm">
          Now <StatusBadge status={parcel.status} /> · {parcel.failedAttempts} failed attempt
          {parcel.failedAttempts === 1 ? "" : "s"}
        </p>
        <LogDelivery trackingId={parcel.trackingId} recipientName={parcel.recipientName} />
      </Card>
    </>
  );
}
