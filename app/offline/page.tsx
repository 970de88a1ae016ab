import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Offline" };

// Prerendered, so the service worker can keep it; the layout then reads no request (default locale).
export const dynamic = "force-static";

/** Shown by the service worker for a page it has not kept while there is no network. */
export default function OfflinePage() {
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">You are offline</h1>
      <p className="mt-3 text-slate-700">
        This page was not saved on your phone. Deliveries and scans you record on pages you have open are kept on the
        phone and sent when the network is back.
      </p>
      <Link href="/deliveries" className="mt-6 inline-block font-medium text-brand-700 hover:underline">
        Go to today's deliveries
      </Link>
    </main>
  );
}
