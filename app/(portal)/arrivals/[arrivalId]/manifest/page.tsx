import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/app/_components/request-locale";
import { code128Svg } from "@/server/domain/arrivals/barcode";
import { serverCaller } from "@/server/trpc/server";
import { arrivalIdFrom } from "../arrival-id";
import { PrintButton } from "./print-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("arrivals"))("manifestTitle") };
}

export default async function ManifestPage({ params }: { params: Promise<{ arrivalId: string }> }) {
  const [format, t, p] = await Promise.all([getFormat(), getTranslations("arrivals"), getTranslations("parcels")]);
  const arrivalId = await arrivalIdFrom(params);
  const manifest = await (await serverCaller()).arrivals.manifest({ arrivalId }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { arrival, timeZone: tz } = manifest;
  const lines = manifest.lines.filter((l) => l.onManifest || l.scannedAt);
  return (
    <article className="manifest mx-auto max-w-3xl bg-white p-4 sm:p-6 print:max-w-none print:p-0">
      <header className="mb-4 flex flex-wrap items-start justify-between gap-3 border-b border-slate-300 pb-3">
        <div>
          <h1 className="text-xl font-bold">
            {arrival.kind === "pickup" ? t("manifestTitle") : t("dropoffManifestTitle")}
          </h1>
          <p className="text-sm">
            {manifest.partnerName} ({manifest.partnerCode}) · {format.date(arrival.windowStart, tz)},{" "}
            {format.time(arrival.windowStart, tz)}–{format.time(arrival.windowEnd, tz)}
          </p>
          <p className="text-sm">
            {t("manifestDriver", { driver: arrival.driverName })}
            {arrival.driverVehicle ? ` · ${arrival.driverVehicle}` : ""} ·{" "}
            {t("manifestArrival", { id: arrival.externalId })} · {t("manifestCount", { count: lines.length })}
          </p>
        </div>
        <PrintButton />
      </header>
      {lines.length === 0 ? (
        <p>{t("noParcels")}</p>
      ) : (
        // On a phone each parcel is a block (barcode above, details below); from tablets up and on
        // paper it is a table row.
        <table className="block w-full text-left text-sm sm:table print:table">
          <thead className="hidden sm:table-header-group print:table-header-group">
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1">
                {t("barcode")}
              </th>
              <th scope="col" className="py-1">
                {t("recipient")}
              </th>
              <th scope="col" className="py-1">
                {t("status")}
              </th>
              <th scope="col" className="py-1">
                {t("handedOver")}
              </th>
            </tr>
          </thead>
          <tbody className="block sm:table-row-group print:table-row-group">
            {lines.map((line) => (
              <tr
                key={line.trackingId}
                data-testid="manifest-row"
                className="grid break-inside-avoid grid-cols-[1fr_auto] gap-x-3 border-b border-slate-200 py-2 sm:table-row print:table-row"
              >
                <td className="col-span-2 py-1 sm:py-2 print:py-2">
                  <span
                    role="img"
                    aria-label={t("barcodeOf", { trackingId: line.trackingId })}
                    className="block w-56 max-w-full [&_svg]:h-auto [&_svg]:w-full"
                    // bwip-js builds the SVG from the tracking ID alone (validated characters).
                    // biome-ignore lint/security/noDangerouslySetInnerHtml: generated SVG, no user HTML
                    dangerouslySetInnerHTML={{ __html: code128Svg(line.trackingId) }}
                  />
                </td>
                <td className="py-1 sm:py-2 print:py-2">{line.recipientName}</td>
                <td className="py-1 sm:py-2 print:py-2">{p(`statusLabel.${line.status}`)}</td>
                <td className="col-span-2 py-1 sm:py-2 print:py-2">
                  <span className="sm:hidden print:hidden">{t("handedOverBox")}</span>☐
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <footer className="mt-6 grid grid-cols-2 gap-6 text-sm">
        <p className="border-t border-slate-400 pt-1">{t("storeSignature")}</p>
        <p className="border-t border-slate-400 pt-1">{t("driverSignature")}</p>
      </footer>
    </article>
  );
}
