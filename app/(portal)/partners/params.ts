import { z } from "zod";
import { DEFAULT_PAGE_SIZE, pageParamSchema, sizeParamSchema } from "@/lib/pagination";
import { type PartnerListInput, partnerListSorts } from "@/server/domain/partners/schemas";

/**
 * The partners list's view, all in the address so it survives a reload and can be shared.
 * Anything typed there that is not a choice falls back to the default: no address fails the page.
 */
const schema = z.object({
  q: z.string().trim().max(80).catch(""),
  sort: z.enum(partnerListSorts).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: pageParamSchema,
  size: sizeParamSchema,
});

export type PartnerListView = z.infer<typeof schema>;

export function parsePartnerListView(params: Record<string, string | string[] | undefined>): PartnerListView {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return schema.parse({ q: "", ...flat });
}

export function partnerListInput(view: PartnerListView): PartnerListInput {
  return view;
}

/** The list's address with some settings changed; defaults are left out, so addresses stay short. */
export function partnerListHref(view: PartnerListView, change: Partial<PartnerListView>) {
  const next = { ...view, ...change };
  const query = new URLSearchParams();
  if (next.q) query.set("q", next.q);
  if (next.sort !== "name" || next.dir !== "asc") {
    query.set("sort", next.sort);
    query.set("dir", next.dir);
  }
  if (next.size !== DEFAULT_PAGE_SIZE) query.set("size", String(next.size));
  if (next.page !== 1) query.set("page", String(next.page));
  const search = query.toString();
  return search ? `/partners?${search}` : "/partners";
}
