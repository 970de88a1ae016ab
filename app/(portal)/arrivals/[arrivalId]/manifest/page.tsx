import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { code128Svg } from "@/server/domain/arrivals/barcode";
import { statusLabel } from "@/server/domain/lifecycle/transitions";
import { formatLocalDate, formatLocalTime } from "@/server/domain/time/local-day";
import { serverCaller } from "@/server/trpc/server";
import { arrivalIdFrom } from "../arrival-id";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "Pickup manifest" };

export default async function ManifestPage({ params }: { params: Promise<{ arrivalId: string }> }) {
  const arrivalId = await arrivalIdFrom(params);
  const manifest = await (await serverCaller()).arrivals.manifest({ arrivalId }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { arrival, timeZone: tz } = manifest;
  const lines = manifest.lines.filter((l) => l.onManifest || l.scannedAt);
  return (
    <article className="manifest mx-auto max-w-3xl bg-white p-6 print:p-0">
      <header className="mb-4 flex flex-wrap items-start justify-between gap-3 border-b border-slate-300 pb-3">
        <div>
          <h1 className="text-xl font-bold">{arrival.kind === "pickup" ? "Pickup manifest" : "Drop-off manifest"}</h1>
          <p className="text-sm">
            {manifest.partnerName} ({manifest.partnerCode}) · {formatLocalDate(arrival.windowStart, tz)},{" "}
            {formatLocalTime(arrival.windowStart, tz)}–{formatLocalTime(arrival.windowEnd, tz)}
          </p>
          <p className="text-sm">
            Driver: {arrival.driverName}
            {arrival.driverVehicle ? ` · ${arrival.driverVehicle}` : ""} · Arrival {arrival.externalId} · {lines.length}{" "}
            parcel{lines.length === 1 ? "" : "s"}
          </p>
        </div>
        <PrintButton />
      </header>
      {lines.length === 0 ? (
        <p>No parcels on this arrival.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1">
                Barcode
              </th>
              <th scope="col" className="py-1">
                Recipient
              </th>
              <th scope="col" className="py-1">
                Status
              </th>
              <th scope="col" className="py-1">
                Handed over
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.trackingId} className="break-inside-avoid border-b border-slate-200">
                <td className="py-2">
                  <span
                    role="img"
                    aria-label={`Barcode ${line.trackingId}`}
                    className="block w-56 [&_svg]:h-auto [&_svg]:w-full"
                    // bwip-js builds the SVG from the tracking ID alone (validated characters).
                    // biome-ignore lint/security/noDangerouslySetInnerHtml: generated SVG, no user HTML
                    dangerouslySetInnerHTML={{ __html: code128Svg(line.trackingId) }}
                  />
                </td>
                <td className="py-2">{line.recipientName}</td>
                <td className="py-2">{statusLabel(line.status)}</td>
                <td className="py-2">☐</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <footer className="mt-6 grid grid-cols-2 gap-6 text-sm">
        <p className="border-t border-slate-400 pt-1">Store signature</p>
        <p className="border-t border-slate-400 pt-1">Driver signature</p>
      </footer>
    </article>
  );
}
