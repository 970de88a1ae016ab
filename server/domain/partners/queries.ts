import "server-only";
import { and, asc, eq, gte, inArray, lt, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivals, malls, parcels, partners, regions } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { storeHeldParcelStatuses } from "@/lib/lifecycle";
import { localDayBounds, localDayOf } from "@/lib/local-day";
import { notFound } from "@/server/errors";
import type { Actor } from "../actor";
import { partnerScope } from "../scope";

const partnerColumns = {
  id: partners.id,
  code: partners.code,
  name: partners.name,
  program: partners.program,
  addressLine1: partners.addressLine1,
  city: partners.city,
  state: partners.state,
  postalCode: partners.postalCode,
  mallId: partners.mallId,
  timeZone: partners.timeZone,
  lat: partners.lat,
  lng: partners.lng,
  radiusMiles: partners.radiusMiles,
  /** The rate in force today in the partner's own zone (pay_rates, else the opening rate). */
  payRateCents: sql<number>`coalesce((
    select r.rate_cents from pay_rates r
     where r.partner_id = ${partners.id} and r.effective_from <= (now() at time zone ${partners.timeZone})::date
     order by r.effective_from desc limit 1), ${partners.payRateCents})`.mapWith(Number),
  openingHours: partners.openingHours,
  active: partners.active,
  regionId: partners.regionId,
  regionName: regions.name,
  mallName: malls.name,
};

/** The partners the actor may see, by region then name. */
export async function listPartners({ db, actor }: { db: DbOrTx; actor: Actor }) {
  return db
    .select(partnerColumns)
    .from(partners)
    .innerJoin(regions, eq(regions.id, partners.regionId))
    .leftJoin(malls, eq(malls.id, partners.mallId))
    .where(partnerScope(actor))
    .orderBy(asc(regions.name), asc(partners.name));
}

export async function getPartnerByCode({ db, actor, code }: { db: DbOrTx; actor: Actor; code: string }) {
  const [partner] = await db
    .select(partnerColumns)
    .from(partners)
    .innerJoin(regions, eq(regions.id, partners.regionId))
    .leftJoin(malls, eq(malls.id, partners.mallId))
    .where(and(eq(partners.code, code), partnerScope(actor)));
  if (!partner) throw notFound("Partner");
  return partner;
}

/** A store as `getPartnerByCode` reads it. */
export type StorePartner = Awaited<ReturnType<typeof getPartnerByCode>>;

const openArrivalStatuses = ["scheduled", "en_route", "arrived"] as const;

/**
 * A store's today in its own time zone: parcels by status (everything still in hand, plus
 * what reached a final status today) and the driver arrivals of the day.
 */
export async function storeToday({
  db,
  actor,
  code,
  now = new Date(),
}: {
  db: DbOrTx;
  actor: Actor;
  code: string;
  now?: Date;
}) {
  const partner = await getPartnerByCode({ db, actor, code });
  const day = localDayOf(now, partner.timeZone);
  const { start, end } = localDayBounds(day, partner.timeZone);

  const [statusRows, dayArrivals] = await Promise.all([
    db
      .select({ status: parcels.status, count: sql<number>`count(*)::int` })
      .from(parcels)
      .where(
        and(
          eq(parcels.partnerId, partner.id),
          or(inArray(parcels.status, [...storeHeldParcelStatuses]), gte(parcels.statusChangedAt, start)),
        ),
      )
      .groupBy(parcels.status),
    db
      .select({
        id: arrivals.id,
        externalId: arrivals.externalId,
        kind: arrivals.kind,
        status: arrivals.status,
        windowStart: arrivals.windowStart,
        windowEnd: arrivals.windowEnd,
        eta: arrivals.eta,
        driverName: arrivals.driverName,
        driverVehicle: arrivals.driverVehicle,
      })
      .from(arrivals)
      .where(
        and(
          eq(arrivals.partnerId, partner.id),
          lt(arrivals.windowStart, end),
          gte(arrivals.windowEnd, start),
          // Windows last well under a day: this bound lets the index skip the store's history.
          gte(arrivals.windowStart, new Date(start.getTime() - 86_400_000)),
        ),
      )
      .orderBy(asc(arrivals.windowStart)),
  ]);

  const nextArrival =
    dayArrivals.find(
      (a) => (openArrivalStatuses as readonly string[]).includes(a.status) && a.windowEnd.getTime() >= now.getTime(),
    ) ?? null;
  return {
    partner,
    day,
    countsByStatus: Object.fromEntries(statusRows.map((r) => [r.status, r.count])) as Record<string, number>,
    arrivals: dayArrivals,
    nextArrival,
  };
}

/** Each partner in scope with what it has in hand now and what it handed on (picked up / delivered) on its local today. */
export async function partnersWithTodayCounts({ db, actor }: { db: DbOrTx; actor: Actor }) {
  const list = await listPartners({ db, actor });
  if (list.length === 0) return [];
  // One indexed count of each kind per partner ((partner_id, status) and (partner_id,
  // status_changed_at) from the start of its local today), not a scan of every parcel.
  const localToday = sql`date_trunc('day', now() at time zone p.time_zone)`;
  const counts = await queryRows<{ partnerId: string; inHand: number; deliveredToday: number }>(
    db,
    sql`
    select p.id as "partnerId",
           (select count(*) from parcels c
             where c.partner_id = p.id and c.status in (${sql.join(
               storeHeldParcelStatuses.map((s) => sql`${s}`),
               sql`, `,
             )}))::int as "inHand",
           (select count(*) from parcels c
             where c.partner_id = p.id and c.status in ('delivered', 'picked_up')
               and c.status_changed_at >= (${localToday} at time zone p.time_zone)
               and c.status_changed_at < ((${localToday} + interval '1 day') at time zone p.time_zone))::int as "deliveredToday"
      from partners p
     where p.id = any(${`{${list.map((p) => p.id).join(",")}}`}::uuid[])`,
  );
  const byPartner = new Map(counts.map((c) => [c.partnerId, c]));
  return list.map((p) => ({
    ...p,
    inHand: byPartner.get(p.id)?.inHand ?? 0,
    handedOnToday: byPartner.get(p.id)?.deliveredToday ?? 0,
  }));
}
