import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

/**
 * Marks the local days a change may have touched as stale, in the change's own transaction:
 * from the day its parcel was announced (a late delivery changes the figures of the day it was
 * received) or its arrival's window, to the day of the change.
 */
export async function markStatsDirty({
  db,
  ...change
}: {
  db: DbOrTx;
  partnerId: string;
  parcelId?: string | null;
  arrivalId?: string | null;
  at: Date;
}) {
  const at = change.at.toISOString();
  await db.execute(sql`
    insert into stats_dirty (partner_id, day_from, day_to)
    select p.id,
           least(d.at_day, coalesce(d.announced_day, d.at_day), coalesce(d.window_day, d.at_day)),
           greatest(d.at_day, coalesce(d.window_day, d.at_day))
      from partners p
      cross join lateral (
        select (${at}::timestamptz at time zone p.time_zone)::date as at_day,
               (select (pa.announced_at at time zone p.time_zone)::date from parcels pa where pa.id = ${change.parcelId ?? null}::uuid) as announced_day,
               (select (a.window_start at time zone p.time_zone)::date from arrivals a
                 where a.id = coalesce(${change.arrivalId ?? null}::uuid,
                                       (select pa.due_arrival_id from parcels pa where pa.id = ${change.parcelId ?? null}::uuid))) as window_day
      ) d
     where p.id = ${change.partnerId}::uuid
    on conflict (partner_id) do update
      set day_from = least(stats_dirty.day_from, excluded.day_from),
          day_to = greatest(stats_dirty.day_to, excluded.day_to),
          marked_at = now()`);
}

/**
 * Marks whole histories stale: every partner's after a bulk load (a seed has no change
 * events), or one partner's when something every day depends on changes (its pay rate).
 */
export async function markHistoryDirty({ db, partnerId }: { db: DbOrTx; partnerId?: string }) {
  await db.execute(sql`
    insert into stats_dirty (partner_id, day_from, day_to)
    select p.id,
           coalesce((select (min(pa.announced_at) at time zone p.time_zone)::date from parcels pa where pa.partner_id = p.id),
                    (now() at time zone p.time_zone)::date),
           (now() at time zone p.time_zone)::date + 2
      from partners p
     ${partnerId ? sql`where p.id = ${partnerId}::uuid` : sql``}
    on conflict (partner_id) do update
      set day_from = least(stats_dirty.day_from, excluded.day_from),
          day_to = greatest(stats_dirty.day_to, excluded.day_to),
          marked_at = now()`);
}
