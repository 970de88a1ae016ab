import "server-only";
import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivalParcels, arrivals, malls, parcels, partners } from "@/db/schema";
import { timestamptz } from "@/db/sql";
import { notFound } from "@/server/errors";
import type { Actor } from "../actor";
import { partnerScope } from "../scope";

/**
 * Driver arrivals from the start of yesterday (UTC) to two days ahead for the given partners
 * (already limited to the actor's scope), with what is due on each and how much of it is
 * ready. The client works out countdowns and warnings from the window.
 */
export async function boardArrivals(input: { db: DbOrTx; actor: Actor; partnerIds: string[]; now?: Date }) {
  const { db, actor, partnerIds, now = new Date() } = input;
  if (partnerIds.length === 0) return [];
  const from = new Date(now.getTime() - 24 * 3600_000);
  const to = new Date(now.getTime() + 48 * 3600_000);
  const due = sql<number>`count(${arrivalParcels.parcelId}) filter (where ${arrivalParcels.onManifest})::int`;
  const ready = sql<number>`count(${arrivalParcels.parcelId}) filter (where ${arrivalParcels.onManifest} and ${parcels.status} in ('ready','picked_up','delivered'))::int`;
  const scannedIn = sql<number>`count(${arrivalParcels.parcelId}) filter (where ${arrivalParcels.onManifest} and ${arrivalParcels.scannedAt} is not null)::int`;
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
      scannedIn,
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
        inArray(arrivals.partnerId, partnerIds),
        partnerScope(actor),
        gte(arrivals.windowEnd, from),
        lt(arrivals.windowStart, to),
      ),
    )
    .groupBy(arrivals.id, partners.id)
    .orderBy(asc(arrivals.windowStart), asc(partners.name));
}

/** Every retailer of a mall against the arrivals: for the mall's regional manager and admins. */
export async function mallBoard(input: { db: DbOrTx; actor: Actor; mallId: string; now?: Date }) {
  const { db, actor, mallId, now = new Date() } = input;
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
  const board = await boardArrivals({ db, actor, partnerIds: retailers.map((r) => r.id), now });
  return { mall, retailers, arrivals: board };
}

/** The malls the actor can see at least one retailer of. */
export async function visibleMalls({ db, actor }: { db: DbOrTx; actor: Actor }) {
  return db
    .selectDistinct({ id: malls.id, name: malls.name, city: malls.city, state: malls.state })
    .from(malls)
    .innerJoin(partners, eq(partners.mallId, malls.id))
    .where(partnerScope(actor))
    .orderBy(asc(malls.name));
}

/**
 * Today's pickups at risk, for a manager's home: pickups still to come or under way (not
 * concluded) with parcels due that are not ready yet, whose window starts on the partner's own
 * local today or is open now. Soonest first.
 */
export async function arrivalsAtRisk({ db, actor, now = new Date() }: { db: DbOrTx; actor: Actor; now?: Date }) {
  const at = timestamptz(now);
  const due = sql<number>`count(${arrivalParcels.parcelId}) filter (where ${arrivalParcels.onManifest})::int`;
  const ready = sql<number>`count(${arrivalParcels.parcelId}) filter (where ${arrivalParcels.onManifest} and ${parcels.status} in ('ready','picked_up','delivered'))::int`;
  return db
    .select({
      id: arrivals.id,
      partnerCode: partners.code,
      partnerName: partners.name,
      timeZone: partners.timeZone,
      status: arrivals.status,
      windowStart: arrivals.windowStart,
      windowEnd: arrivals.windowEnd,
      eta: arrivals.eta,
      driverName: arrivals.driverName,
      due,
      ready,
    })
    .from(arrivals)
    .innerJoin(partners, eq(partners.id, arrivals.partnerId))
    .leftJoin(arrivalParcels, eq(arrivalParcels.arrivalId, arrivals.id))
    .leftJoin(parcels, eq(parcels.id, arrivalParcels.parcelId))
    .where(
      and(
        partnerScope(actor),
        eq(arrivals.kind, "pickup"),
        inArray(arrivals.status, ["scheduled", "en_route", "arrived"]),
        // Any zone's today lies within a day (and a DST hour) of now: a range the index can use.
        gte(arrivals.windowStart, new Date(now.getTime() - 26 * 3600_000)),
        lt(arrivals.windowStart, new Date(now.getTime() + 26 * 3600_000)),
        sql`((${arrivals.windowStart} at time zone ${partners.timeZone})::date = (${at} at time zone ${partners.timeZone})::date
          or (${arrivals.windowStart} <= ${at} and ${arrivals.windowEnd} >= ${at}))`,
      ),
    )
    .groupBy(arrivals.id, partners.id)
    .having(sql`${ready} < ${due}`)
    .orderBy(asc(arrivals.windowStart), asc(partners.name));
}
