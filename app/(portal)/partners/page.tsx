import type { Metadata } from "next";
import { buttonClass } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { Link } from "@/app/_components/ui/link";
import { PageHeader } from "@/app/_components/ui/page-header";
import { Pagination, RowsPerPage } from "@/app/_components/ui/pagination";
import { SortableHeader } from "@/app/_components/ui/sortable-header";
import { Table, TBody, Td, THead, Th, Tr } from "@/app/_components/ui/table";
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
        action={
          me?.role === "regional_manager" || me?.role === "admin" ? (
            <>
              <Link href="/parcels/search" className={buttonClass("secondary")}>
                Parcel search
              </Link>
              <Link href="/partners/new" className={buttonClass("primary")}>
                Onboard a partner
              </Link>
            </>
          ) : undefined
        }
      />
      <form
        method="get"
        className="mb-4 flex flex-wrap items-start gap-3 rounded-card bg-surface p-3 ring-1 ring-border"
      >
        <input type="hidden" name="sort" value={view.sort} />
        <input type="hidden" name="dir" value={view.dir} />
        <Field label="Search partners" hint="By name or code">
          <Input type="search" name="q" defaultValue={view.q} className="w-64" />
        </Field>
        <RowsPerPage value={view.size} />
        <button type="submit" className={buttonClass("secondary", "mt-6")}>
          Search
        </button>
      </form>
      {list.total === 0 ? (
        <EmptyState title={view.q ? "No partners match" : "No partners yet"} />
      ) : (
        <Card>
          <Table label="Partners" data-testid="partner-list">
            <THead>
              <Tr>
                {headers.map((h) => (
                  <SortableHeader
                    key={h.key}
                    label={h.label}
                    active={view.sort === h.key}
                    dir={view.dir}
                    href={(dir) => href({ sort: h.key, dir, page: 1 })}
                  />
                ))}
                <Th>Program</Th>
              </Tr>
            </THead>
            <TBody>
              {list.rows.map((p) => (
                <Tr key={p.id} data-testid="partner-row">
                  <Th scope="row" className="font-normal">
                    <Link
                      href={`/partners/${encodeURIComponent(p.code)}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {p.name}
                    </Link>
                    {p.active ? null : <span className="block text-caption text-fg-muted">Inactive</span>}
                  </Th>
                  <Td>{p.code}</Td>
                  <Td>{p.regionName}</Td>
                  <Td>{p.mallName ?? `${p.city}, ${p.state}`}</Td>
                  <Td>{programLabels[p.program]}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
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
