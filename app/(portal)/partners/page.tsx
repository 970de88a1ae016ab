import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/app/_components/ui/button";
import { Card, EmptyState, PageHeader } from "@/app/_components/ui/card";
import { Pagination, RowsPerPage } from "@/app/_components/ui/pagination";
import { ScrollRegion } from "@/app/_components/ui/scroll-region";
import { SortableHeader } from "@/app/_components/ui/sortable-header";
import { programLabels } from "@/lib/labels";
import type { PartnerListSort } from "@/server/domain/partners/schemas";
import { serverCaller } from "@/server/trpc/server";
import { currentUser } from "../_components/current-user";
import { parsePartnerListView, partnerListHref, partnerListInput } from "./params";

export const metadata: Metadata = { title: "Partners" };

const headers: { key: PartnerListSort; label: string }[] = [
  { key: "name", label: "Partner" },
  { key: "code", label: "Code" },
  { key: "region", label: "Region" },
  { key: "place", label: "Mall or town" },
];

export default async function PartnersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const view = parsePartnerListView(await searchParams);
  // The server searches, sorts and pages: the page gets one page of partners.
  const [me, list] = await Promise.all([currentUser(), (await serverCaller()).partners.search(partnerListInput(view))]);
  const href = (change: Parameters<typeof partnerListHref>[1]) => partnerListHref(view, change);
  return (
    <>
      <PageHeader
        title="Partners"
        subtitle={
          view.q ? `${list.total} partner stores match “${view.q}”` : `${list.total} partner stores you can see`
        }
      />
      {me?.role === "regional_manager" || me?.role === "admin" ? (
        <p className="mb-4 flex flex-wrap gap-3">
          <Link href="/partners/new" className={buttonClass("primary")}>
            Onboard a partner
          </Link>
          <Link href="/parcels/search" className={buttonClass("secondary")}>
            Parcel search
          </Link>
        </p>
      ) : null}
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-xl bg-white p-3 ring-1 ring-slate-200">
        <input type="hidden" name="sort" value={view.sort} />
        <input type="hidden" name="dir" value={view.dir} />
        <div className="text-sm">
          <label>
            Search partners
            <input
              type="search"
              name="q"
              defaultValue={view.q}
              aria-describedby="partner-search-hint"
              className="mt-1 block min-h-11 rounded-lg border border-slate-300 px-2"
            />
          </label>
          {/* Outside the label, so it describes the box without becoming part of its name. */}
          <p id="partner-search-hint" className="mt-1 text-xs text-slate-600">
            By name or code
          </p>
        </div>
        <RowsPerPage value={view.size} />
        <button type="submit" className={buttonClass("secondary", "mb-5")}>
          Search
        </button>
      </form>
      {list.total === 0 ? (
        <EmptyState title={view.q ? "No partners match" : "No partners yet"} />
      ) : (
        <Card>
          <ScrollRegion label="Partners">
            <table className="w-full text-left text-sm" data-testid="partner-list">
              <thead className="text-xs text-slate-600">
                <tr>
                  {headers.map((h) => (
                    <SortableHeader
                      key={h.key}
                      label={h.label}
                      active={view.sort === h.key}
                      dir={view.dir}
                      href={(dir) => href({ sort: h.key, dir, page: 1 })}
                      className="py-2 pr-3"
                    />
                  ))}
                  <th scope="col" className="py-2 pr-3">
                    Program
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {list.rows.map((p) => (
                  <tr key={p.id} data-testid="partner-row">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <Link
                        href={`/partners/${encodeURIComponent(p.code)}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {p.name}
                      </Link>
                      {p.active ? null : <span className="block text-xs text-slate-600">Inactive</span>}
                    </th>
                    <td className="py-2 pr-3">{p.code}</td>
                    <td className="py-2 pr-3">{p.regionName}</td>
                    <td className="py-2 pr-3">{p.mallName ?? `${p.city}, ${p.state}`}</td>
                    <td className="py-2 pr-3">{programLabels[p.program]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <Pagination
            label="Partners pages"
            page={list.page}
            pageCount={list.pageCount}
            size={list.size}
            total={list.total}
            href={(page) => href({ page })}
          />
        </Card>
      )}
    </>
  );
}
