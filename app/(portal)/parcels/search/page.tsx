import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormat } from "@/app/_components/request-locale";
import { buttonClass } from "@/app/_components/ui/button";
import { Card, EmptyState, PageHeader } from "@/app/_components/ui/card";
import { Pagination } from "@/app/_components/ui/pagination";
import { ScrollRegion } from "@/app/_components/ui/scroll-region";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { serverCaller } from "@/server/trpc/server";
import { currentUser } from "../../_components/current-user";
import { parcelSearchHref, parseParcelSearch } from "./params";

export const metadata: Metadata = { title: "Parcel search" };

export default async function ParcelSearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await currentUser();
  if (me?.role !== "regional_manager" && me?.role !== "admin") notFound();
  const [format, view] = await Promise.all([getFormat(), searchParams.then(parseParcelSearch)]);
  const found = view.kind === "search" ? await (await serverCaller()).parcels.search(view.input) : null;
  return (
    <>
      <PageHeader
        title="Parcel search"
        subtitle="Parcels of the partners you can see, by tracking ID, recipient name or the day announced or handed on."
      />
      <form
        method="get"
        action="/parcels/search"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-xl bg-white p-3 ring-1 ring-slate-200"
      >
        <div className="text-sm">
          <label>
            Tracking ID or recipient
            <input
              type="search"
              name="q"
              defaultValue={view.q}
              maxLength={100}
              aria-describedby="parcel-search-hint"
              aria-invalid={view.kind === "invalid" ? true : undefined}
              className="mt-1 block min-h-11 w-72 max-w-full rounded-lg border border-slate-300 px-2"
            />
          </label>
          <p id="parcel-search-hint" className="mt-1 text-xs text-slate-600">
            A whole tracking ID, or part of a name
          </p>
        </div>
        <div className="text-sm">
          <label>
            Date
            <input
              type="date"
              name="date"
              defaultValue={view.date}
              aria-describedby="parcel-date-hint"
              className="mt-1 block min-h-11 rounded-lg border border-slate-300 px-2"
            />
          </label>
          <p id="parcel-date-hint" className="mt-1 text-xs text-slate-600">
            Announced, picked up or delivered that day
          </p>
        </div>
        <button type="submit" className={buttonClass("primary", "mb-5")}>
          Search
        </button>
      </form>
      {view.kind === "invalid" ? (
        <p role="alert" className="mb-4 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
          {view.message}
        </p>
      ) : null}
      {view.kind === "blank" ? (
        <EmptyState title="Search for a parcel">
          Type a tracking ID or part of a recipient's name, pick a date, or both.
        </EmptyState>
      ) : null}
      {view.kind === "search" && found && found.total === 0 ? (
        <EmptyState title="No parcels match">
          Check the tracking ID, try a shorter part of the name, or another date.
        </EmptyState>
      ) : null}
      {view.kind === "search" && found && found.total > 0 ? (
        <Card>
          <p className="mb-2 text-sm text-slate-600" aria-live="polite">
            {format.count(found.total)} {found.total === 1 ? "parcel" : "parcels"}, newest first · dates in each
            partner's time
          </p>
          <ScrollRegion label="Parcels found">
            <table className="w-full text-left text-sm" data-testid="parcel-search-results">
              <thead className="text-xs text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    Tracking ID
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Partner
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Recipient
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Status
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Announced
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Last change
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {found.rows.map((p) => (
                  <tr key={`${p.partnerCode}/${p.trackingId}`} data-testid="parcel-search-row">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <Link
                        href={`/parcels/${encodeURIComponent(p.trackingId)}`}
                        className="font-mono font-medium text-brand-700 hover:underline"
                      >
                        {p.trackingId}
                      </Link>
                    </th>
                    <td className="py-2 pr-3">{p.partnerName}</td>
                    <td className="py-2 pr-3">{p.recipientName}</td>
                    <td className="py-2 pr-3">
                      <StatusBadge status={p.status} />
                    </td>
                    <td className="py-2 pr-3 whitespace-nowrap">{format.date(p.announcedAt, p.timeZone)}</td>
                    <td className="py-2 pr-3 whitespace-nowrap">{format.dateTime(p.statusChangedAt, p.timeZone)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <Pagination
            label="Parcel search pages"
            page={found.page}
            pageCount={found.pageCount}
            size={found.size}
            total={found.total}
            href={(page) => parcelSearchHref(view.input, page)}
          />
        </Card>
      ) : null}
    </>
  );
}
