import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/app/_components/request-locale";
import { Table, TBody, Td, THead, Th, Tr } from "@/app/_components/ui/table";
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
        <Table className="block sm:table print:table">
          <THead className="hidden sm:table-header-group print:static print:table-header-group">
            <Tr>
              <Th>{t("barcode")}</Th>
              <Th>{t("recipient")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("handedOver")}</Th>
            </Tr>
          </THead>
          <TBody className="block sm:table-row-group print:table-row-group">
            {lines.map((line) => (
              <Tr
                key={line.trackingId}
                data-testid="manifest-row"
                className="grid break-inside-avoid grid-cols-[1fr_auto] sm:table-row print:table-row"
              >
                <Td className="col-span-2">
                  <span
                    role="img"
                    aria-label={t("barcodeOf", { trackingId: line.trackingId })}
                    className="block w-56 max-w-full [&_svg]:h-auto [&_svg]:w-full"
                    // bwip-js builds the SVG from the tracking ID alone (validated characters).
                    // biome-ignore lint/security/noDangerouslySetInnerHtml: generated SVG, no user HTML
                    dangerouslySetInnerHTML={{ __html: code128Svg(line.trackingId) }}
                  />
                </Td>
                <Td>{line.recipientName}</Td>
                <Td>{p(`statusLabel.${line.status}`)}</Td>
                <Td className="col-span-2">
                  <span className="sm:hidden print:hidden">{t("handedOverBox")}</span>☐
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <footer className="mt-6 grid grid-cols-2 gap-6 text-sm">
        <p className="border-t border-slate-400 pt-1">{t("storeSignature")}</p>
        <p className="border-t border-slate-400 pt-1">{t("driverSignature")}</p>
      </footer>
    </article>
  );
}
