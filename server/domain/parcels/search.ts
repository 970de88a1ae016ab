import "server-only";
import { and, count, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { parcels, partners } from "@/db/schema";
import { DEFAULT_PAGE_SIZE, type Page, pageWindow } from "@/lib/pagination";
import type { Actor } from "../actor";
import { likePattern } from "../partners/list";
import { inPartnerScope } from "../scope";
import { trackingIdMatches } from "./lookup";
import type { ParcelSearchQuery } from "./schemas";

export type ParcelSearchRow = {
  trackingId: string;
  partnerCode: string;
  partnerName: string;
  timeZone: string;
  recipientName: string;
  status: (typeof parcels.status)["_"]["data"];
  announcedAt: Date;
  statusChangedAt: Date;
};

/** The local day (in the partner's time zone) an instant falls on, equal to `day`. */
function onLocalDay(column: SQL | typeof parcels.announcedAt, day: string) {
  return sql`(${column} at time zone ${partners.timeZone})::date = ${day}::date`;
}

/**
 * The parcels the actor may see (a manager's regions, an admin's everything, store people's own
 * stores) matching a tracking ID in any letter case or part of a recipient's name, and/or announced
 * or handed on during a local day; newest first, a page at a time.
 */
export async function searchParcels(
  options: { db: DbOrTx; actor: Actor } & ParcelSearchQuery,
): Promise<Page<ParcelSearchRow>> {
  const { db, actor, q, date, page } = options;
  const size = DEFAULT_PAGE_SIZE;
  const where = and(
    inPartnerScope(parcels.partnerId, actor),
    q ? or(trackingIdMatches(q), ilike(parcels.recipientName, likePattern(q))) : undefined,
    date
      ? or(
          onLocalDay(parcels.announcedAt, date),
          onLocalDay(sql`coalesce(${parcels.pickedUpAt}, ${parcels.deliveredAt})`, date),
        )
      : undefined,
  );
  const [counted] = await db
    .select({ n: count() })
    .from(parcels)
    .innerJoin(partners, eq(partners.id, parcels.partnerId))
    .where(where);
  const total = counted?.n ?? 0;
  const window = pageWindow(total, page, size);
  const rows = await db
    .select({
      trackingId: parcels.trackingId,
      partnerCode: partners.code,
      partnerName: partners.name,
      timeZone: partners.timeZone,
      recipientName: parcels.recipientName,
      status: parcels.status,
      announcedAt: parcels.announcedAt,
      statusChangedAt: parcels.statusChangedAt,
    })
    .from(parcels)
    .innerJoin(partners, eq(partners.id, parcels.partnerId))
    .where(where)
    // Ties by id, so pages never overlap.
    .orderBy(desc(parcels.announcedAt), desc(parcels.id))
    .limit(window.limit)
    .offset(window.offset);
  return { rows, total, page: window.page, pageCount: window.pageCount, size };
}
