import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/app/_components/ui/card";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import type { ParcelStatus } from "@/db/schema";
import { statusLabel } from "@/server/domain/lifecycle/transitions";
import { formatLocalDate, formatLocalTime } from "@/server/domain/time/local-day";
import { serverCaller } from "@/server/trpc/server";

type Params = { params: Promise<{ trackingId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `Parcel ${decodeURIComponent((await params).trackingId)}` };
}

export default async function ParcelPage({ params }: Params) {
  const trackingId = decodeURIComponent((await params).trackingId);
  const parcel = await (await serverCaller()).parcels.get({ trackingId }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const tz = parcel.timeZone;
  const when = (d: Date) => `${formatLocalDate(d, tz)}, ${formatLocalTime(d, tz)}`;
  return (
    <>
      <PageHeader title={`Parcel ${parcel.trackingId}`} subtitle={`${parcel.partnerName} · times in ${tz}`} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Details">
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">Status</dt>
            <dd>
              <StatusBadge status={parcel.status} />
            </dd>
            <dt className="text-slate-600">Service</dt>
            <dd>{parcel.serviceLevel === "same_day" ? "Same day" : "Two day"}</dd>
            <dt className="text-slate-600">Promised by</dt>
            <dd>{when(parcel.promisedBy)}</dd>
            <dt className="text-slate-600">Recipient</dt>
            <dd>
              {parcel.recipientName}
              <br />
              {parcel.recipientLine1}
              {parcel.recipientLine2 ? `, ${parcel.recipientLine2}` : ""}, {parcel.recipientCity},{" "}
              {parcel.recipientRegion} {parcel.recipientPostalCode}
            </dd>
            {parcel.weightGrams ? (
              <>
                <dt className="text-slate-600">Weight</dt>
                <dd>{(parcel.weightGrams / 1000).toFixed(1)} kg</dd>
              </>
            ) : null}
          </dl>
        </Card>
        <Card title="Timeline">
          <ol className="space-y-3">
            {parcel.events.map((event) => (
              <li key={event.id} className="border-l-2 border-brand-600 pl-3 text-sm">
                <p className="font-medium">
                  {event.toStatus
                    ? event.fromStatus
                      ? `${statusLabel(event.fromStatus as ParcelStatus)} → ${statusLabel(event.toStatus as ParcelStatus)}`
                      : statusLabel(event.toStatus as ParcelStatus)
                    : event.type.replaceAll("_", " ")}
                </p>
                <p className="text-slate-600">
                  {when(event.at)} · {event.actorLabel}
                </p>
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </>
  );
}
