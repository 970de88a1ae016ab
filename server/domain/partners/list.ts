import "server-only";
import { and, asc, count, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { malls, partners, regions } from "@/db/schema";
import { type Page, pageWindow } from "@/lib/pagination";
import type { Actor } from "../actor";
import { partnerScope } from "../scope";
import type { PartnerListQuery, PartnerListSort } from "./schemas";

/** A LIKE pattern matching `search` anywhere, with `%`, `_` and backslash taken literally. */
export function likePattern(search: string) {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const sortColumns: Record<PartnerListSort, SQL> = {
  name: sql`${partners.name}`,
  code: sql`${partners.code}`,
  region: sql`${regions.name}`,
  // The mall for mall pickup, the town for local delivery: what the list shows.
  place: sql`coalesce(${malls.name}, ${partners.city})`,
};

const columns = {
  id: partners.id,
  code: partners.code,
  name: partners.name,
  program: partners.program,
  city: partners.city,
  state: partners.state,
  active: partners.active,
  regionName: regions.name,
  mallName: malls.name,
};

export type PartnerListRow = {
  id: string;
  code: string;
  name: string;
  program: (typeof partners.program)["_"]["data"];
  city: string;
  state: string;
  active: boolean;
  regionName: string;
  mallName: string | null;
};

/**
 * The partners the actor may see, a page at a time: searched by name or partner code, sorted by
 * the database (ties by name, then code, so pages never overlap).
 */
export async function partnerList(
  options: { db: DbOrTx; actor: Actor } & PartnerListQuery,
): Promise<Page<PartnerListRow>> {
  const { db, actor, q, sort, dir, page, size } = options;
  const pattern = q ? likePattern(q) : null;
  const where = and(
    partnerScope(actor),
    pattern ? or(ilike(partners.name, pattern), ilike(partners.code, pattern)) : undefined,
  );
  const [counted] = await db
    .select({ n: count() })
    .from(partners)
    .innerJoin(regions, eq(regions.id, partners.regionId))
    .where(where);
  const total = counted?.n ?? 0;
  const window = pageWindow(total, page, size);
  const order = dir === "desc" ? desc : asc;
  const rows = await db
    .select(columns)
    .from(partners)
    .innerJoin(regions, eq(regions.id, partners.regionId))
    .leftJoin(malls, eq(malls.id, partners.mallId))
    .where(where)
    .orderBy(order(sortColumns[sort]), asc(partners.name), asc(partners.code))
    .limit(window.limit)
    .offset(window.offset);
  return { rows, total, page: window.page, pageCount: window.pageCount, size };
}
