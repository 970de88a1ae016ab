import type postgres from "postgres";
import { hashPassword } from "@/server/auth/password";
import { hashApiKey } from "@/server/domain/carriers/api-keys";
import { DEMO_PASSWORD } from "./people";
import { arrivalParcelsSql, attemptsSql, parcelEventsSql, parcelsSql, proofFilesSql } from "./scale-rows";
import {
  arrivalEventsSql,
  arrivalsSql,
  bind,
  CARRIER_LABEL,
  type ChunkParams,
  ID,
  idSql,
  mallPlanSql,
  personNameSql,
  planTableSql,
  ruralPlanSql,
  visitsSql,
} from "./scale-sql";

export const SCALE_API_KEY = "scale-carrier-key";
export const SCALE_MANAGER_EMAIL = "manager@scale.example";
/** Partners per transaction: about 100k parcels and 400k events each. */
const CHUNK = 10;
/** Connections writing chunks at once; the server works on each in its own process. */
const WORKERS = 2;

const places = [
  ["America/Chicago", "Kearney", "NE", "68847", 40.6993, -99.0832],
  ["America/New_York", "Oneonta", "NY", "13820", 42.4529, -75.0638],
  ["America/Denver", "Sterling", "CO", "80751", 40.6255, -103.2077],
  ["America/Los_Angeles", "Yreka", "CA", "96097", 41.7354, -122.6345],
  ["America/Phoenix", "Prescott", "AZ", "86301", 34.54, -112.4685],
] as const;
const column = (i: number) => `array[${places.map((p) => (typeof p[i] === "string" ? `'${p[i]}'` : p[i])).join(",")}]`;

/**
 * The scale's partners, one row each with the traits its history is drawn from: regions of 50
 * ("Scale 1".."Scale N"), two in five at a mall (five shops a mall), one in ten struggling.
 */
const partnersSql = `
create temp table scale_partners as
with s as (
  select n, (n - 1) / 50 + 1 as r, (((n - 1) / 50) % 5) + 1 as place,
    case when n % 5 in (1, 3) then 'mall_pickup' else 'local_delivery' end as program,
    case when n % 10 = 0 then 3 when n % 10 in (1, 2) then 2 else 1 end as tier
  from generate_series(1, $1::int) n
)
select n, r, program, ${idSql(ID.partner, "n")} as partner_id, 'SC-' || lpad(n::text, 4, '0') as code,
  ${idSql(ID.region, "r")} as region_id,
  case when program = 'mall_pickup' then ${idSql(ID.mall, "r * 1000 + (row_number() over (partition by r, program order by n) - 1) / 5")} end as mall_id,
  (${column(0)})[place] as tz, (${column(1)})[place] as city, (${column(2)})[place] as state,
  (${column(3)})[place] as postal,
  (${column(4)})[place] + ((n * 37) % 100 - 50) * 0.01 as lat,
  (${column(5)})[place] + ((n * 53) % 100 - 50) * 0.015 as lng,
  (array[0.98, 0.93, 0.8])[tier] as ready_rate, (array[0.02, 0.04, 0.08])[tier] as no_show_rate,
  (array[0.03, 0.05, 0.09])[tier] as fail_rate, (array[0.995, 0.97, 0.87])[tier] as photo_rate,
  (array[0.97, 0.92, 0.8])[tier] as same_day_rate, (array[0.004, 0.008, 0.02])[tier] as miss_rate,
  (array[0, 0.004, 0.012])[tier] as unserviced_rate, (array[0.002, 0.005, 0.01])[tier] as oor_rate,
  time '06:30' + (n % 5) * interval '30 minutes' as dropoff,
  ${idSql(ID.user, "n")} as user_id, ${personNameSql("n * 7 + 3")} as user_name,
  ($2::timestamptz at time zone (${column(0)})[place])::date as today
from s`;

const hours = `'{"1":{"open":"08:00","close":"18:00"},"2":{"open":"08:00","close":"18:00"},"3":{"open":"08:00","close":"18:00"},"4":{"open":"08:00","close":"18:00"},"5":{"open":"08:00","close":"18:00"},"6":{"open":"09:00","close":"15:00"},"7":{"open":"10:00","close":"14:00"}}'::jsonb`;

/** Regions, malls, stores, people and schedules of the scale; returns the carrier's id. */
async function setUp(sql: postgres.ReservedSql, days: number): Promise<string> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [carrier] = await sql<{ id: string }[]>`
    insert into carriers (code, name) values ('scale-carrier', ${CARRIER_LABEL})
    on conflict (code) do update set name = excluded.name returning id`;
  const carrierId = carrier!.id;
  await sql`insert into api_keys (carrier_id, name, prefix, key_hash)
    values (${carrierId}, 'Scale key', ${SCALE_API_KEY.slice(0, 9)}, ${hashApiKey(SCALE_API_KEY)})
    on conflict (key_hash) do nothing`;
  await sql`insert into regions (id, name, time_zone)
    select region_id, 'Scale ' || r, tz from scale_partners group by region_id, r, tz`;
  await sql`insert into malls (id, name, address_line1, city, state, postal_code, lat, lng, time_zone, region_id)
    select mall_id, 'Scale Mall ' || min(code), '1 Commerce Plaza', city, state, postal, avg(lat), avg(lng), tz, region_id
    from scale_partners where mall_id is not null group by mall_id, city, state, postal, tz, region_id`;
  await sql.unsafe(
    `insert into partners (id, code, name, program, carrier_id, region_id, mall_id, address_line1, city, state,
       postal_code, lat, lng, time_zone, radius_miles, pay_rate_cents, opening_hours)
     select partner_id, code, 'Scale Store ' || code, program::program, $1::uuid, region_id, mall_id,
       (100 + n % 900) || ' Commerce St', city, state, postal, lat, lng, tz, 10, 240 + n % 36, ${hours}
     from scale_partners`,
    [carrierId],
  );
  await sql`insert into users (id, email, name, password_hash, role)
    select user_id, 'staff-' || lower(code) || '@scale.example', user_name, ${passwordHash}, 'store_staff'
    from scale_partners`;
  await sql`insert into partner_memberships (user_id, partner_id) select user_id, partner_id from scale_partners`;
  await sql`insert into users (email, name, password_hash, role)
    values (${SCALE_MANAGER_EMAIL}, 'Morgan Ellery', ${passwordHash}, 'regional_manager')
    on conflict (email) do nothing`;
  await sql`insert into region_memberships (user_id, region_id)
    select u.id, p.region_id from users u cross join (select distinct region_id from scale_partners) p
    where u.email = ${SCALE_MANAGER_EMAIL} on conflict do nothing`;
  await sql`insert into pickup_schedules (partner_id, iso_weekday, window_start, window_end)
    select p.partner_id, d, w.s, w.s + interval '30 minutes'
    from scale_partners p cross join generate_series(1, 7) d
    cross join (values (time '11:00'), (time '15:00'), (time '18:30')) w(s)
    where p.program = 'mall_pickup'`;
  // The same rule the history skips drop-offs by (five days a year, never today).
  await sql`insert into closure_days (partner_id, day, reason)
    select partner_id, today - (${days}::int - 1) + d, 'Closed'
    from scale_partners cross join generate_series(0, ${days}::int - 2) d
    where program = 'local_delivery' and (d + n * 7) % 74 = 0`;
  return carrierId;
}

type Session = postgres.ReservedSql;

/** One connection's settings and its copy of the temporary partner table. */
async function openSession(
  sql: postgres.Sql,
  partners: number,
  now: Date,
): Promise<{ conn: Session; unchecked: boolean }> {
  const conn = await sql.reserve();
  await conn`set work_mem = '256MB'`;
  await conn`set synchronous_commit = off`;
  // Foreign keys are checked row by row, a third of the time here. These rows are consistent by
  // construction, so a superuser skips the checks (replica mode fires no triggers); others keep them.
  const unchecked = await conn`set session_replication_role = replica`.then(
    () => true,
    () => false,
  );
  await conn.unsafe(partnersSql, [partners, now.toISOString()]);
  return { conn, unchecked };
}

async function closeSession(conn: Session) {
  await conn`drop table if exists scale_partners`.catch(() => {});
  await conn`reset all`.catch(() => {});
  conn.release();
}

/** Writes one chunk of partners' history in one transaction; returns its parcel count. */
async function writeChunk(conn: Session, params: ChunkParams): Promise<number> {
  await conn`begin`;
  try {
    for (const statement of [visitsSql, arrivalsSql, arrivalEventsSql, planTableSql, mallPlanSql, ruralPlanSql]) {
      await conn.unsafe(...bind(statement, params));
    }
    const [plan] = await conn<{ n: number }[]>`select count(*)::int as n from sp`;
    for (const statement of [parcelsSql, arrivalParcelsSql, proofFilesSql, attemptsSql, parcelEventsSql]) {
      await conn.unsafe(...bind(statement, params));
    }
    await conn`commit`;
    return plan?.n ?? 0;
  } catch (error) {
    await conn`rollback`.catch(() => {});
    throw error;
  }
}

/**
 * Seeds a large network for benchmarks on a PostgreSQL server (`--scale N`: N partners × `days`
 * days, ~27 parcels a partner a day, with arrivals, manifests, attempts, photos and events),
 * generated server-side in SQL, chunk by chunk on two connections (one server process each).
 * Adds to a migrated database (the demo may be there: codes `SC-0001`… never clash); refuses to
 * run twice. The scale manager is `manager@scale.example`, password `handoff-demo`.
 */
export async function seedScale(
  sql: postgres.Sql,
  options: { partners: number; days: number; onProgress?: (msg: string) => void },
): Promise<{ parcels: number; seconds: number }> {
  const started = performance.now();
  const log = options.onProgress ?? (() => {});
  const now = new Date();
  const [existing] = await sql`select count(*)::int as n from partners where code like 'SC-%'`;
  if (existing?.n) throw new Error(`scale data is already here (${existing.n} SC- partners); use a fresh database`);

  // Temporary tables live in one session, so each worker keeps its own connection.
  const sessions: Session[] = [];
  let parcels = 0;
  try {
    for (let i = 0; i < WORKERS; i++) {
      const { conn, unchecked } = await openSession(sql, options.partners, now);
      sessions.push(conn);
      if (i === 0 && !unchecked) log("not a superuser: foreign keys are checked (slower)");
    }
    const first = sessions[0]!;
    await first`begin`;
    const carrier = await setUp(first, options.days).catch(async (error: unknown) => {
      await first`rollback`;
      throw error;
    });
    await first`commit`;
    log(`set up ${options.partners} partners in ${seconds(started)} s`);

    let next = 1;
    let failed = false;
    const work = async (conn: Session) => {
      while (!failed && next <= options.partners) {
        const lo = next;
        const hi = Math.min(options.partners, lo + CHUNK - 1);
        next = hi + 1;
        try {
          const written = await writeChunk(conn, { now: now.toISOString(), lo, hi, days: options.days, carrier });
          parcels += written;
        } catch (error) {
          failed = true;
          throw error;
        }
        log(
          `partners ${lo}-${hi} of ${options.partners} done: ${parcels.toLocaleString("en-US")} parcels, ${seconds(started)} s`,
        );
      }
    };
    const results = await Promise.allSettled(sessions.map(work));
    const failure = results.find((r) => r.status === "rejected");
    if (failure) throw failure.reason;
    log("analyzing");
    await first`analyze`;
  } finally {
    await Promise.all(sessions.map(closeSession));
  }
  return { parcels, seconds: Number(seconds(started)) };
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
