import { pageParamSchema } from "@/lib/pagination";
import { type ParcelSearchQuery, parcelSearchSchema } from "@/server/domain/parcels/schemas";

/** What the parcel search's address asks for: the search itself, or why it cannot be run, or nothing yet. */
export type ParcelSearchView =
  | { kind: "blank"; q: string; date: string }
  | { kind: "invalid"; q: string; date: string; message: string }
  | { kind: "search"; q: string; date: string; input: ParcelSearchQuery };

/**
 * The search is all in the address, so a reload or a shared link shows the same results. Anything
 * typed there is checked by the procedure's own schema: junk gets its plain message, never an error page.
 */
export function parseParcelSearch(params: Record<string, string | string[] | undefined>): ParcelSearchView {
  const first = (key: string) => {
    const value = params[key];
    return (Array.isArray(value) ? value[0] : value) ?? "";
  };
  const q = first("q");
  const date = first("date").trim();
  if (!q.trim() && !date) return { kind: "blank", q, date };
  const parsed = parcelSearchSchema.safeParse({
    q: q.trim() ? q : undefined,
    date: date || undefined,
    page: pageParamSchema.parse(first("page") || 1),
  });
  if (!parsed.success) return { kind: "invalid", q, date, message: parsed.error.issues[0]!.message };
  return { kind: "search", q, date, input: parsed.data };
}

/**
 * The address without its empty fields, or null when it has none: the search form sends every
 * field (`?q=lee&date=` when no day is picked), and the address keeps only what was asked.
 */
export function withoutEmptyParams(params: Record<string, string | string[] | undefined>): string | null {
  const query = new URLSearchParams();
  let dropped = false;
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value ?? ""]) {
      if (one.trim()) query.append(key, one);
      else dropped = true;
    }
  }
  if (!dropped) return null;
  return query.size ? `/parcels/search?${query}` : "/parcels/search";
}

/** The address of one page of a search. */
export function parcelSearchHref(input: ParcelSearchQuery, page: number) {
  const query = new URLSearchParams();
  if (input.q) query.set("q", input.q);
  if (input.date) query.set("date", input.date);
  if (page !== 1) query.set("page", String(page));
  return `/parcels/search?${query}`;
}
