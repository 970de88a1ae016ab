import { and, asc, eq, gte, ilike, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivals, type ParcelStatus, parcels } from "@/db/schema";
import type { Actor } from "../actor";
import { boardArrivals } from "../arrivals/board";
import { getPartnerByCode } from "../partners/queries";
import { localDayBounds, localDayOf } from "../time/local-day";

export type QueueFilter = "open" | "announced" | "ready" | "picked_up";

const statusesFor: Record<QueueFilter, ParcelStatus[]> = {
  open: ["announced", "ready"],
  announced: ["announced"],
  ready: ["ready"],
  picked_up: ["picked_up"],
};

/**
 * A mall store's parcel queue: parcels grouped by the arrival they are due on (the client
 * groups by `dueArrivalId`), the day's and upcoming pickups with ready/due counts.
 */
export async function storeQueue(
  db: DbOrTx,
  actor: Actor,
  input: { partnerCode: string; filter: QueueFilter; search?: string },
  now = new Date(),
) {
  const partner = await getPartnerByCode(db, actor, input.partnerCode);
  const { start } = localDayBounds(localDayOf(now, partner.timeZone), partner.timeZone);
  const search = input.search?.trim();
  const statusCondition =
    input.filter === "picked_up"
      ? and(eq(parcels.status, "picked_up"), gte(parcels.pickedUpAt, start))
      : inArray(parcels.status, statusesFor[input.filter]);
  const [rows, board] = await Promise.all([
    db
      .select({
        id: parcels.id,
        trackingId: parcels.trackingId,
        status: parcels.status,
        serviceLevel: parcels.serviceLevel,
        promisedBy: parcels.promisedBy,
        recipientName: parcels.recipientName,
        dueArrivalId: parcels.dueArrivalId,
        announcedAt: parcels.announcedAt,
        readyAt: parcels.readyAt,
      })
      .from(parcels)
      .leftJoin(arrivals, eq(arrivals.id, parcels.dueArrivalId))
      .where(
        and(
          eq(parcels.partnerId, partner.id),
          statusCondition,
          search ? ilike(parcels.trackingId, `%${search.replace(/[%_\\]/g, "\\$&")}%`) : undefined,
        ),
      )
      .orderBy(sql`${arrivals.windowStart} asc nulls last`, asc(parcels.trackingId))
      .limit(500),
    boardArrivals(db, actor, { partnerIds: [partner.id] }, now),
  ]);
  return { partner, parcels: rows, arrivals: board };
}
