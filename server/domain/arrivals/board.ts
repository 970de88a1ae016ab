import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivalParcels, arrivals, malls, parcels, partners } from "@/db/schema";
import { notFound } from "@/server/errors";
import type { Actor } from "../actor";
import { partnerScope } from "../scope";

/**
 * Driver arrivals from the start of yesterday (UTC) to two days ahead for the given partners
 * (already limited to the actor's scope), with what is due on each and how much of it is
 * ready. The client works out countdowns and warnings from the window.
 */
export async function boardArrivals(db: DbOrTx, actor: Actor, where: { partnerIds: string[] }, now = new Date()) {
  if (where.partnerIds.length === 0) return [];
  const from = new Date(now.getTime() - 24 * 3600_000);
  const to = new Date(now.getTime() + 48 * 3600_000);
  const due = sql<number>`count(${arrivalParcels.parcelId}) filter (where ${arrivalParcels.onManifest})::int`;
  const ready = sql<number>`count(${arrivalParcels.parcelId}) filter (where ${arrivalParcels.onManifest} and ${parcels.status} in ('ready','picked_up','delivered'))::int`;
  const pickedUp = sql<number>`count(${arrivalParcels.parcelId}) filter (where ${parcels.status} in ('picked_up','delivered'))::int`;
  const missed = sql<number>`count(${arrivalParcels.parcelId}) filter (where ${arrivalParcels.discrepancy} in ('not_ready','not_taken'))::int`;
  const mismatches = sql<number>`count(${arrivalParcels.parcelId}) filter (where ${arrivalParcels.discrepancy} is not null and ${arrivalParcels.discrepancy} not in ('not_ready','not_taken'))::int`;
  return db
    .select({
      id: arrivals.id,
      externalId: arrivals.externalId,
      partnerId: arrivals.partnerId,
      partnerCode: partners.code,
      partnerName: partners.name,
      timeZone: partners.timeZone,
      kind: arrivals.kind,
      status: arrivals.status,
      windowStart: arrivals.windowStart,
      windowEnd: arrivals.windowEnd,
      eta: arrivals.eta,
      arrivedAt: arrivals.arrivedAt,
      departedAt: arrivals.departedAt,
      driverName: arrivals.driverName,
      driverVehicle: arrivals.driverVehicle,
      due,
      ready,
      pickedUp,
      missed,
      mismatches,
    })
    .from(arrivals)
    .innerJoin(partners, eq(partners.id, arrivals.partnerId))
    .leftJoin(arrivalParcels, eq(arrivalParcels.arrivalId, arrivals.id))
    .leftJoin(parcels, eq(parcels.id, arrivalParcels.parcelId))
    .where(
      and(
        inArray(arrivals.partnerId, where.partnerIds),
        partnerScope(actor),
        gte(arrivals.windowEnd, from),
        lt(arrivals.windowStart, to),
      ),
    )
    .groupBy(arrivals.id, partners.id)
    .orderBy(asc(arrivals.windowStart), asc(partners.name));
}

/** Every retailer of a mall against the arrivals: for the mall's regional manager and admins. */
export async function mallBoard(db: DbOrTx, actor: Actor, mallId: string, now = new Date()) {
  const [mall] = await db
    .select({ id: malls.id, name: malls.name, timeZone: malls.timeZone })
    .from(malls)
    .where(eq(malls.id, mallId));
  if (!mall) throw notFound("Mall");
  const retailers = await db
    .select({ id: partners.id, code: partners.code, name: partners.name })
    .from(partners)
    .where(and(eq(partners.mallId, mallId), partnerScope(actor)))
    .orderBy(asc(partners.name));
  if (retailers.length === 0) throw notFound("Mall");
  const board = await boardArrivals(db, actor, { partnerIds: retailers.map((r) => r.id) }, now);
  return { mall, retailers, arrivals: board };
}

/** The malls the actor can see at least one retailer of. */
export async function visibleMalls(db: DbOrTx, actor: Actor) {
  return db
    .selectDistinct({ id: malls.id, name: malls.name, city: malls.city, state: malls.state })
    .from(malls)
    .innerJoin(partners, eq(partners.mallId, malls.id))
    .where(partnerScope(actor))
    .orderBy(asc(malls.name));
}
