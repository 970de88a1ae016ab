import "server-only";
import { and, asc, count, eq, gte, ilike, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type ArrivalStatus, arrivals, type ParcelStatus, parcels } from "@/db/schema";
import { localDayBounds, localDayOf } from "@/lib/local-day";
import type { Actor } from "../actor";
import { cancelledToday } from "../parcels/carrier-events";
import { getPartnerByCode } from "../partners/queries";
import { boardArrivals } from "./board";

export type QueueFilter = "open" | "announced" | "ready" | "picked_up";

const statusesFor: Record<QueueFilter, ParcelStatus[]> = {
  open: ["announced", "ready"],
  announced: ["announced"],
  ready: ["ready"],
  picked_up: ["picked_up"],
};

/** The most parcels the queue lists at once; beyond it the queue says how many it holds in all. */
export const QUEUE_LIMIT = 500;

/** A pickup still to come or at the counter: the parcels due on it wait for it. */
const openArrival: readonly ArrivalStatus[] = ["scheduled", "en_route", "arrived"];

type QueueParcel = {
  id: string;
  trackingId: string;
  status: ParcelStatus;
  serviceLevel: "same_day" | "two_day";
  promisedBy: Date;
  recipientName: string;
  dueArrivalId: string | null;
  announcedAt: Date;
  readyAt: Date | null;
};

type GroupArrival = {
  id: string;
  windowStart: Date;
  windowEnd: Date;
  driverName: string;
  status: ArrivalStatus;
  /** On the board (yesterday to two days ahead): its ready/due counts. */
  ready: number | null;
  due: number | null;
};

/** One heading of the queue: a pickup and the parcels for it, or (arrival null) those on none. */
export type QueueGroup = { key: string; arrival: GroupArrival | null; parcels: QueueParcel[] };

/**
 * A mall store's parcel queue under one filter, grouped here once so every parcel is in exactly
 * one group: by the pickup it waits for (picked-up parcels: the pickup that took them), and one
 * "not on a pickup yet" group for the rest, whatever became of the pickup they were last due on.
 */
export async function storeQueue(input: {
  db: DbOrTx;
  actor: Actor;
  partnerCode: string;
  filter: QueueFilter;
  search?: string;
  now?: Date;
}) {
  const { db, actor, now = new Date() } = input;
  const partner = await getPartnerByCode({ db, actor, code: input.partnerCode });
  const today = localDayOf(now, partner.timeZone);
  const { start } = localDayBounds(today, partner.timeZone);
  const search = input.search?.trim();
  const statusCondition =
    input.filter === "picked_up"
      ? and(eq(parcels.status, "picked_up"), gte(parcels.pickedUpAt, start))
      : inArray(parcels.status, statusesFor[input.filter]);
  const where = and(
    eq(parcels.partnerId, partner.id),
    statusCondition,
    search ? ilike(parcels.trackingId, `%${search.replace(/[%_\\]/g, "\\$&")}%`) : undefined,
  );
  const [rows, board, cancelled] = await Promise.all([
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
      .where(where)
      .orderBy(asc(parcels.trackingId))
      .limit(QUEUE_LIMIT),
    boardArrivals({ db, actor, partnerIds: [partner.id], now }),
    cancelledToday({ db, partner, now }),
  ]);

  const onBoard = new Map(board.map((a) => [a.id, a]));
  const beyond = [...new Set(rows.map((r) => r.dueArrivalId))].filter(
    (id): id is string => id !== null && !onBoard.has(id),
  );
  const farArrivals = beyond.length
    ? await db
        .select({
          id: arrivals.id,
          windowStart: arrivals.windowStart,
          windowEnd: arrivals.windowEnd,
          driverName: arrivals.driverName,
          status: arrivals.status,
        })
        .from(arrivals)
        .where(and(eq(arrivals.partnerId, partner.id), inArray(arrivals.id, beyond)))
    : [];
  const known = new Map<string, GroupArrival>([
    ...farArrivals.map((a) => [a.id, { ...a, ready: null, due: null }] as const),
    ...board.map((a) => [a.id, a] as const),
  ]);

  const groups = new Map<string, QueueGroup>();
  for (const row of rows) {
    const arrival = row.dueArrivalId ? known.get(row.dueArrivalId) : undefined;
    const belongs = arrival && (row.status === "picked_up" || openArrival.includes(arrival.status)) ? arrival : null;
    const key = belongs?.id ?? "none";
    const group = groups.get(key) ?? { key, arrival: belongs, parcels: [] };
    group.parcels.push(row);
    groups.set(key, group);
  }
  const ordered = [...groups.values()].sort(
    (a, b) =>
      (a.arrival?.windowStart.getTime() ?? Number.POSITIVE_INFINITY) -
      (b.arrival?.windowStart.getTime() ?? Number.POSITIVE_INFINITY),
  );
  // Counted only when the list is full: the queue then says it shows part of the parcels.
  const total =
    rows.length < QUEUE_LIMIT ? rows.length : ((await db.select({ n: count() }).from(parcels).where(where))[0]?.n ?? 0);
  return { partner, today, groups: ordered, arrivals: board, cancelled, shown: rows.length, total };
}
