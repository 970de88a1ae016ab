import { pageParam } from "@/lib/page-rules";

/**
 * The people list as its address asks for it: a page (junk is the first) and what was searched.
 * The list reads it in the browser too, so it parses without zod.
 */
export function parsePeopleParams(params: { get(key: string): string | null }) {
  return { page: pageParam(params.get("page")), q: params.get("q") ?? "" };
}

/** The address of a page of the people list; the first page and an empty search are left out. */
export function peopleHref(page: number, q: string) {
  const query = new URLSearchParams();
  if (q.trim()) query.set("q", q);
  if (page > 1) query.set("page", String(page));
  return query.size ? `/admin/people?${query}` : "/admin/people";
}
