import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { queryRows } from "@/db/sql";
import type { LocalDay } from "@/lib/local-day";
import type { Actor } from "../actor";
import { partnerScope } from "../scope";

export type Keyed = { partner_id: string; day: string };

/**
 * The raw SQL, one query per source table. Every query joins `partners` (unaliased, so the
 * actor's scope condition applies as written) and keeps rows whose instant falls on a local day
 * of the period in that partner's zone; a fixed UTC window a day wider on each side lets the
 * planner use the (partner, time) indexes where they exist (arrivals, delivery attempts).
 * Parcels have no index on ready_at / received_at / delivered_at, so those three queries scan
 * the partners' parcels: that cost is what rollups are for. Column names passed to `day` and
 * `inPeriod` are constants of this file, never input.
 */
export class RawQueries {
  private readonly scoped: SQL;
  constructor(
    actor: Actor,
    partnerIds: string[],
    private readonly from: LocalDay,
    private readonly to: LocalDay,
  ) {
    this.scoped = sql`partners.id = any(${`{${partnerIds.join(",")}}`}::uuid[]) and ${partnerScope(actor)}`;
  }

  private day(column: string): SQL {
    return sql`(${sql.raw(column)} at time zone partners.time_zone)::date`;
  }

  private inPeriod(column: string): SQL {
    const c = sql.raw(column);
    return sql`${c} >= (${this.from}::date - 1)::timestamp at time zone 'UTC'
      and ${c} < (${this.to}::date + 2)::timestamp at time zone 'UTC'
      and ${this.day(column)} between ${this.from}::date and ${this.to}::date`;
  }

  closureDays(db: DbOrTx) {
    return queryRows<Keyed>(
      db,
      sql`select cd.partner_id, cd.day::text as day
        from closure_days cd join partners on partners.id = cd.partner_id
        where ${this.scoped} and cd.day between ${this.from}::date and ${this.to}::date`,
    );
  }

  /** Manifest rows of concluded pickups, on the window start's local day. */
  mallManifests(db: DbOrTx) {
    const due = sql`ap.on_manifest and not (pc.status = 'cancelled' and pc.status_changed_at <= a.window_start)`;
    return queryRows<
      Keyed & {
        parcels_due: number;
        ready_on_time: number;
        missed_not_ready: number;
        missed_not_taken: number;
        handoff_mismatches: number;
      }
    >(
      db,
      sql`select a.partner_id, ${this.day("a.window_start")}::text as day,
          count(*) filter (where ${due})::int as parcels_due,
          count(*) filter (where ${due} and pc.ready_at <= a.window_start
            and not (pc.status = 'announced' and pc.status_changed_at <= a.window_start))::int as ready_on_time,
          count(*) filter (where ap.discrepancy = 'not_ready')::int as missed_not_ready,
          count(*) filter (where ap.discrepancy = 'not_taken')::int as missed_not_taken,
          count(*) filter (where ap.discrepancy = 'handoff_mismatch')::int as handoff_mismatches
        from arrivals a
        join partners on partners.id = a.partner_id
        join arrival_parcels ap on ap.arrival_id = a.id
        join parcels pc on pc.id = ap.parcel_id
        where ${this.scoped} and a.kind = 'pickup' and a.status in ('completed', 'missed')
          and ${this.inPeriod("a.window_start")}
        group by 1, 2`,
    );
  }

  /** Concluded pickups, grouped by whole minutes waited (null for no-shows). */
  mallArrivals(db: DbOrTx) {
    return queryRows<Keyed & { wait: number | null; arrivals: number; no_shows: number }>(
      db,
      sql`select a.partner_id, ${this.day("a.window_start")}::text as day,
          case when a.status = 'completed' and a.arrived_at is not null and a.departed_at is not null
            then greatest(0, floor(extract(epoch from a.departed_at - a.arrived_at) / 60))::int end as wait,
          count(*)::int as arrivals,
          count(*) filter (where a.status = 'missed')::int as no_shows
        from arrivals a join partners on partners.id = a.partner_id
        where ${this.scoped} and a.kind = 'pickup' and a.status in ('completed', 'missed')
          and ${this.inPeriod("a.window_start")}
        group by 1, 2, 3`,
    );
  }

  /** Prep-time histograms of mall parcels whose ready mark stands, on the ready day. */
  mallPrep(db: DbOrTx) {
    return queryRows<Keyed & { histogram: string }>(
      db,
      sql`select partner_id, day, json_object_agg(minutes, n)::text as histogram
        from (
          select pc.partner_id, ${this.day("pc.ready_at")}::text as day,
            greatest(0, floor(extract(epoch from pc.ready_at - pc.announced_at) / 60))::int as minutes,
            count(*)::int as n
          from parcels pc join partners on partners.id = pc.partner_id
          where ${this.scoped} and pc.flow = 'mall_pickup' and pc.status in ('ready', 'picked_up', 'delivered')
            and ${this.inPeriod("pc.ready_at")}
          group by 1, 2, 3
        ) m
        group by 1, 2`,
    );
  }

  /**
   * Drop-offs due (scheduled and not called off by the carrier), on the window start's local
   * day: the reconciliation of those that happened (checked in, or arrived/completed per the
   * carrier), and whether one was checked in by 12:00 local time that day (the day is then
   * serviced). A day with a drop due is a scheduled day (coverage.ts).
   */
  ruralDrops(db: DbOrTx) {
    const noon = sql`(${this.day("a.window_start")} + time '12:00') at time zone partners.time_zone`;
    const happened = sql`(a.checked_in_at is not null or a.status in ('arrived', 'completed'))`;
    return queryRows<
      Keyed & { manifest_rows: number; missing: number; unexpected: number; damaged: number; serviced: boolean }
    >(
      db,
      sql`select a.partner_id, ${this.day("a.window_start")}::text as day,
          count(ap.parcel_id) filter (where ap.on_manifest and ${happened})::int as manifest_rows,
          count(*) filter (where ap.discrepancy = 'missing' and ${happened})::int as missing,
          count(*) filter (where ap.discrepancy = 'unexpected' and ${happened})::int as unexpected,
          count(*) filter (where (ap.discrepancy = 'damaged' or ap.damaged_at is not null) and ${happened})::int as damaged,
          coalesce(bool_or(a.checked_in_at <= ${noon}), false) as serviced
        from arrivals a
        join partners on partners.id = a.partner_id
        left join arrival_parcels ap on ap.arrival_id = a.id
        where ${this.scoped} and a.kind = 'dropoff' and a.status <> 'cancelled'
          and ${this.inPeriod("a.window_start")}
        group by 1, 2`,
    );
  }

  /** Rural parcels by the local day received, with what became of them. */
  ruralCohorts(db: DbOrTx) {
    const delivered = sql`pc.status = 'delivered'`;
    return queryRows<
      Keyed & {
        received: number;
        delivered: number;
        same_day: number;
        on_time: number;
        attempted: number;
        first_delivered: number;
      }
    >(
      db,
      sql`select pc.partner_id, ${this.day("pc.received_at")}::text as day,
          count(*)::int as received,
          count(*) filter (where ${delivered})::int as delivered,
          count(*) filter (where ${delivered}
            and ${this.day("pc.delivered_at")} = ${this.day("pc.received_at")})::int as same_day,
          count(*) filter (where ${delivered} and pc.delivered_at <= pc.promised_by)::int as on_time,
          count(fa.outcome)::int as attempted,
          count(*) filter (where fa.outcome = 'delivered')::int as first_delivered
        from parcels pc
        join partners on partners.id = pc.partner_id
        left join lateral (
          select da.outcome from delivery_attempts da where da.parcel_id = pc.id
          order by da.tapped_at, da.recorded_at, da.id limit 1
        ) fa on true
        where ${this.scoped} and pc.flow = 'local_delivery' and pc.status <> 'cancelled'
          and ${this.inPeriod("pc.received_at")}
        group by 1, 2`,
    );
  }

  /** Delivery attempts by the local day tapped. */
  ruralAttempts(db: DbOrTx) {
    return queryRows<
      Keyed & { outcome: string; reason: string | null; out_of_radius: boolean; has_photo: boolean; n: number }
    >(
      db,
      sql`select da.partner_id, ${this.day("da.tapped_at")}::text as day, da.outcome::text as outcome,
          case when da.outcome = 'failed' then coalesce(da.failure_reason::text, 'other') end as reason,
          da.out_of_radius, da.photo_id is not null as has_photo, count(*)::int as n
        from delivery_attempts da join partners on partners.id = da.partner_id
        where ${this.scoped} and ${this.inPeriod("da.tapped_at")}
        group by 1, 2, 3, 4, 5, 6`,
    );
  }

  /** Rural parcels delivered, by the local day delivered (what earnings are paid on). */
  ruralDeliveries(db: DbOrTx) {
    return queryRows<Keyed & { deliveries: number }>(
      db,
      sql`select pc.partner_id, ${this.day("pc.delivered_at")}::text as day, count(*)::int as deliveries
        from parcels pc join partners on partners.id = pc.partner_id
        where ${this.scoped} and pc.flow = 'local_delivery' and pc.status = 'delivered'
          and ${this.inPeriod("pc.delivered_at")}
        group by 1, 2`,
    );
  }
}
