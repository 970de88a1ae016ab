import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getFormat } from "@/app/_components/request-locale";
import { buttonClass } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { Link } from "@/app/_components/ui/link";
import { PageHeader } from "@/app/_components/ui/page-header";
import { Pagination } from "@/app/_components/ui/pagination";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { Table, TBody, Td, THead, Th, Tr } from "@/app/_components/ui/table";
import { serverCaller } from "@/server/trpc/server";
import { currentUser } from "../../_components/current-user";
import { parcelSearchHref, parseParcelSearch, withoutEmptyParams } from "./params";
import { SearchForm } from "./search-form";

export const metadata: Metadata = { title: "Parcel search" };

export default async function ParcelSearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await currentUser();
  if (me?.role !== "regional_manager" && me?.role !== "admin") notFound();
  const params = await searchParams;
  // A form sent without script has its empty fields too; the address keeps only what was asked.
  const clean = withoutEmptyParams(params);
  if (clean) redirect(clean);
  const format = await getFormat();
  const view = parseParcelSearch(params);
  const found = view.kind === "search" ? await (await serverCaller()).parcels.search(view.input) : null;
  return (
    <>
      <PageHeader
        title="Parcel search"
        subtitle="Parcels of the partners you can see, by tracking ID, recipient name or the day announced or handed on."
      />
      <SearchForm className="mb-4 flex flex-wrap items-start gap-3 rounded-card bg-surface p-3 ring-1 ring-border">
        <Field label="Tracking ID or recipient" hint="A whole tracking ID, or part of a name">
          <Input
            type="search"
            name="q"
            defaultValue={view.q}
            maxLength={100}
            aria-invalid={view.kind === "invalid" ? true : undefined}
            className="w-72 max-w-full"
          />
        </Field>
        <Field label="Date" hint="Announced, picked up or delivered that day">
          <Input type="date" name="date" defaultValue={view.date} className="w-44" />
        </Field>
        <button type="submit" className={buttonClass("primary", "mt-6")}>
          Search
        </button>
      </SearchForm>
      {view.kind === "invalid" ? (
        <p
          role="alert"
          className="mb-4 rounded-control bg-danger-soft px-3 py-2 text-body text-danger ring-1 ring-rose-200"
        >
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
          <p className="mb-2 text-body text-fg-muted" aria-live="polite">
            {format.count(found.total)} {found.total === 1 ? "parcel" : "parcels"}, newest first · dates in each
            partner's time
          </p>
          <Table label="Parcels found" data-testid="parcel-search-results">
            <THead>
              <Tr>
                <Th>Tracking ID</Th>
                <Th>Partner</Th>
                <Th>Recipient</Th>
                <Th>Status</Th>
                <Th>Announced</Th>
                <Th>Last change</Th>
              </Tr>
            </THead>
            <TBody>
              {found.rows.map((p) => (
                <Tr key={`${p.partnerCode}/${p.trackingId}`} data-testid="parcel-search-row">
                  <Th scope="row" className="font-normal">
                    <Link
                      href={`/parcels/${encodeURIComponent(p.trackingId)}`}
                      className="font-mono font-medium text-brand-700 hover:underline"
                    >
                      {p.trackingId}
                    </Link>
                  </Th>
                  <Td>{p.partnerName}</Td>
                  <Td>{p.recipientName}</Td>
                  <Td>
                    <StatusBadge status={p.status} />
                  </Td>
                  <Td className="whitespace-nowrap">{format.date(p.announcedAt, p.timeZone)}</Td>
                  <Td className="whitespace-nowrap">{format.dateTime(p.statusChangedAt, p.timeZone)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
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
