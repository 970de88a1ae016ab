import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/app/_components/request-locale";
import { Card } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/page-header";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import type { FailureReason, ParcelStatus } from "@/lib/enums";
import { type Messages, messagesFor } from "@/lib/i18n/messages";
import { decodePathSegment } from "@/lib/url";
import { serverCaller } from "@/server/trpc/server";
import { distanceFromStore, ProofLink, ProofThumb, whyFlagged } from "../../_components/proof";
import { notFoundOrThrow, pathParam } from "../../_components/route-params";

type Params = { params: Promise<{ trackingId: string }> };

type NamedEvent = keyof Messages["parcels"]["event"];
const isNamedEvent = (type: string): type is NamedEvent => Object.hasOwn(messagesFor["en-US"].parcels.event, type);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = await getTranslations("parcels");
  return { title: t("parcelTitle", { trackingId: decodePathSegment((await params).trackingId) ?? "" }) };
}

export default async function ParcelPage({ params }: Params) {
  const [format, t] = await Promise.all([getFormat(), getTranslations("parcels")]);
  const status = (s: ParcelStatus) => t(`statusLabel.${s}`);
  // A change of status reads as one; anything else (damage, a hand-back, the carrier's update) by its name.
  const eventName = (type: string) => (isNamedEvent(type) ? t(`event.${type}`) : type.replaceAll("_", " "));
  const trackingId = pathParam((await params).trackingId);
  const parcel = await (await serverCaller()).parcels.get({ trackingId }).catch(notFoundOrThrow);
  const tz = parcel.timeZone;
  const when = (d: Date) => `${format.date(d, tz)}, ${format.time(d, tz)}`;
  return (
    <>
      <PageHeader
        title={t("parcelTitle", { trackingId: parcel.trackingId })}
        subtitle={t("parcelSubtitle", { store: parcel.partnerName, zone: tz })}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("details")}>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">{t("status")}</dt>
            <dd>
              <StatusBadge status={parcel.status} />
            </dd>
            <dt className="text-slate-600">{t("service")}</dt>
            <dd>{parcel.serviceLevel === "same_day" ? t("sameDay") : t("twoDay")}</dd>
            <dt className="text-slate-600">{t("promisedBy")}</dt>
            <dd>{when(parcel.promisedBy)}</dd>
            <dt className="text-slate-600">{t("recipient")}</dt>
            <dd>
              {parcel.recipientName}
              <br />
              {parcel.recipientLine1}
              {parcel.recipientLine2 ? `, ${parcel.recipientLine2}` : ""}, {parcel.recipientCity},{" "}
              {parcel.recipientRegion} {parcel.recipientPostalCode}
            </dd>
            {parcel.weightGrams ? (
              <>
                <dt className="text-slate-600">{t("weight")}</dt>
                <dd>{t("kilograms", { weight: format.decimal(parcel.weightGrams / 1000, 1) })}</dd>
              </>
            ) : null}
          </dl>
        </Card>
        {parcel.attempts.length > 0 ? (
          <Card title={t("proofOfDelivery")} className="lg:col-span-2">
            <ol className="divide-y divide-slate-100 text-sm" aria-label={t("attempts")}>
              {parcel.attempts.map((a) => (
                <li key={a.id} className="flex flex-wrap gap-4 py-3" data-testid="delivery-attempt">
                  {a.photoId ? (
                    <ProofLink id={a.photoId} className="shrink-0">
                      <ProofThumb
                        id={a.photoId}
                        alt={t("photoAlt", { trackingId: parcel.trackingId })}
                        className="size-32 object-cover"
                      />
                    </ProofLink>
                  ) : a.outcome === "delivered" ? (
                    <span className="flex size-32 shrink-0 items-center justify-center rounded-md bg-slate-50 text-xs text-slate-600 ring-1 ring-slate-200">
                      {t("noPhoto")}
                    </span>
                  ) : null}
                  <dl className="grid min-w-0 grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
                    <dt className="text-slate-600">{t("outcome")}</dt>
                    <dd className="font-medium">
                      {a.outcome === "delivered"
                        ? t("delivered")
                        : t("notDelivered", {
                            reason: `${t(`failureReason.${(a.failureReason ?? "other") as FailureReason}`)}${a.failureNote ? ` (${a.failureNote})` : ""}`,
                          })}
                    </dd>
                    <dt className="text-slate-600">{t("tappedAt")}</dt>
                    <dd>{when(a.tappedAt)}</dd>
                    {a.recipientName ? (
                      <>
                        <dt className="text-slate-600">{t("receivedBy")}</dt>
                        <dd>{a.recipientName}</dd>
                      </>
                    ) : null}
                    <dt className="text-slate-600">{t("gpsFix")}</dt>
                    <dd>
                      {a.lat === null || a.lng === null
                        ? t("none")
                        : `${a.lat.toFixed(5)}, ${a.lng.toFixed(5)}${a.accuracyMeters === null ? "" : ` ±${Math.round(a.accuracyMeters)} m`}`}
                    </dd>
                    <dt className="text-slate-600">{t("distance")}</dt>
                    <dd>
                      {a.outOfRadius ? (
                        <>
                          <span className="mr-2 rounded-full bg-rose-50 px-2 py-0.5 text-xs font-semibold text-rose-800 ring-1 ring-rose-200">
                            {t("outOfRadius")}
                          </span>
                          {whyFlagged(format, t, a, parcel.radiusMiles)}
                        </>
                      ) : (
                        distanceFromStore(format, t, a.distanceMeters, a.accuracyMeters)
                      )}
                    </dd>
                    {a.signatureId ? (
                      <>
                        <dt className="text-slate-600">{t("signature")}</dt>
                        <dd>
                          <ProofLink id={a.signatureId} className="inline-block">
                            <ProofThumb
                              id={a.signatureId}
                              alt={t("signatureAlt", { trackingId: parcel.trackingId })}
                              className="h-16 w-auto bg-white"
                            />
                          </ProofLink>
                        </dd>
                      </>
                    ) : null}
                  </dl>
                </li>
              ))}
            </ol>
          </Card>
        ) : null}
        <Card title={t("timeline")}>
          <ol className="space-y-3">
            {parcel.events.map((event) => (
              <li key={event.id} className="border-l-2 border-brand-600 pl-3 text-sm">
                <p className="font-medium">
                  {event.toStatus && event.toStatus !== event.fromStatus
                    ? event.fromStatus
                      ? `${status(event.fromStatus as ParcelStatus)} → ${status(event.toStatus as ParcelStatus)}`
                      : status(event.toStatus as ParcelStatus)
                    : eventName(event.type)}
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
