/**
 * The SQL that writes the benchmark history on the server, one chunk of partners at a time.
 * Every random choice is a hash of a stable key (`hashint8extended`), so the rows do not depend
 * on plan order or parallel workers. Parameters (see `bind`): $now, $lo..$hi the chunk's partner
 * numbers, $days of history (the last is today), $carrier. Nothing after $now is written: today's
 * parcels and visits stay in live states.
 */

const NOW = "$now::timestamptz";
const LO = "$lo::int";
const HI = "$hi::int";
const DAYS = "$days::int";
const CARRIER = "$carrier::uuid";
export const CARRIER_LABEL = "Handoff Scale Carrier";

export type ChunkParams = { now: string; lo: number; hi: number; days: number; carrier: string };

/** Turns the named parameters a statement uses into positional ones, in order of first use. */
export function bind(statement: string, params: ChunkParams): [string, (string | number)[]] {
  const names: (keyof ChunkParams)[] = [];
  const text = statement.replace(/\$(now|lo|hi|days|carrier)\b/g, (_, name: keyof ChunkParams) => {
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return [text, names.map((name) => params[name])];
}

/**
 * A well-formed v4 uuid that sorts by `kind` then `key`, so each chunk's rows land at the end of
 * the indexes instead of all over them (random ids made the big indexes thrash).
 */
export const idSql = (kind: number, key: string) => {
  const h = `lpad(to_hex((${key})::bigint), 22, '0')`;
  return `('${(0x5ca1e000 + kind).toString(16)}' || substr(${h}, 1, 4) || '4' || substr(${h}, 5, 3) || '8' || substr(${h}, 8, 3) || substr(${h}, 11, 12))::uuid`;
};
export const ID = { partner: 1, region: 2, mall: 3, user: 4, arrival: 5, parcel: 6, attempt: 7, photo: 8 } as const;

/** Uniform in [0, 1) from a key and a salt. */
const rnd = (key: string, salt: number) =>
  `((hashint8extended((${key})::bigint, ${salt}) & 2147483647)::float8 / 2147483648.0)`;
const mins = (expr: string) => `((${expr}) * interval '1 minute')`;
/** The value if it has happened by now, else null. */
const clip = (expr: string) => `(case when (${expr}) <= ${NOW} then (${expr}) end)`;
const pickFrom = (items: readonly string[], r: string) =>
  `(array[${items.map((s) => `'${s}'`).join(",")}])[1 + floor(${r} * ${items.length})::int]`;

const firstNames =
  "Olivia Liam Emma Noah Ava Elijah Sophia James Mia Lucas Amelia Henry Harper Mateo Evelyn Daniel Ella Jackson Grace Owen Nora Samuel Lily Wyatt Zoe Caleb Hazel Isaac Violet Julian Maya Aaron Naomi Andre Rosa Mei Rahul Aisha Kwame Yuki".split(
    " ",
  );
const lastNames =
  "Anderson Bailey Brooks Carter Chen Diaz Edwards Fischer Foster Garcia Gray Hansen Hayes Hughes Jenkins Kim Larsen Lee Lopez Martin Mendoza Miller Morgan Nguyen Olson Ortiz Patel Perry Ramirez Reed Rivera Schmidt Scott Shah Sullivan Torres Turner Walker Webb Young".split(
    " ",
  );
const streets = [
  "Main St",
  "Oak St",
  "Elm St",
  "Cedar St",
  "Maple Ave",
  "Park Ave",
  "Church St",
  "Walnut St",
  "Pine St",
  "2nd Ave",
  "Lincoln Ave",
  "Washington St",
  "Highland Dr",
  "Ridge Rd",
  "Meadow Ln",
  "Sunset Dr",
];
const reasons: readonly [string, number][] = [
  ["recipient_unavailable", 0.4],
  ["no_safe_place", 0.6],
  ["no_access", 0.74],
  ["cannot_locate", 0.86],
  ["refused", 0.91],
  ["damaged", 0.94],
];
const reason = (r: string) =>
  `case ${reasons.map(([name, upTo]) => `when ${r} < ${upTo} then '${name}'`).join(" ")} else 'other' end`;

export const personNameSql = (key: string) =>
  `${pickFrom(firstNames, rnd(key, 20))} || ' ' || ${pickFrom(lastNames, rnd(key, 21))}`;

/** The chunk's driver visits: mall windows through tomorrow, rural drop-offs through today. */
export const visitsSql = `
create temp table sv on commit drop as
with base as (
  select p.*, g.d, wt.w, wt.t, (p.today - (${DAYS} - 1) + g.d) as day
  from scale_partners p
  cross join generate_series(0, ${DAYS}) g(d)
  cross join lateral (
    select 0 as w, time '11:00' as t where p.program = 'mall_pickup'
    union all select 1, time '15:00' where p.program = 'mall_pickup'
    union all select 2, time '18:30' where p.program = 'mall_pickup'
    union all select 0, p.dropoff where p.program = 'local_delivery'
  ) wt
  where p.n between ${LO} and ${HI}
    -- rural: through today, less the closure days (never today)
    and (p.program = 'mall_pickup' or (g.d < ${DAYS} and ((g.d + p.n * 7) % 74 <> 0 or g.d = ${DAYS} - 1)))
), timed as (
  select b.*, (b.n::bigint * 1000 + b.d) * 10 + b.w as k,
    (b.day + b.t) at time zone b.tz as ws,
    (b.day + time '21:00') at time zone b.tz as eve
  from base b
), planned as (
  select t.*, ${idSql(ID.arrival, "t.k")} as id,
    case when program = 'mall_pickup' then w = 1 and ${rnd("k", 1)} < no_show_rate
      else ${rnd("k", 1)} < unserviced_rate and d < ${DAYS} - 1 end as missed,
    ws + case when program = 'mall_pickup' then interval '75 minutes' else interval '3 hours' end as missed_at,
    ws + ${mins(`case when program = 'mall_pickup' then (case when ${rnd("k", 2)} < 0.08 then 32 + ${rnd("k", 3)} * 20 else -3 + ${rnd("k", 3)} * 15 end) else -5 + ${rnd("k", 2)} * 30 end`)} as arrived_at,
    least(ws - interval '16 hours', ${NOW} - interval '1 minute') as created_at
  from timed t
), settled as (
  select p.*,
    case when program = 'local_delivery' then arrived_at + ${mins(`8 + ${rnd("k", 3)} * 10`)} end as checkin_at,
    case when program = 'mall_pickup' then arrived_at + ${mins(`4 + ${rnd("k", 4)} * 8 + (1 - ready_rate) * 25`)}
      else arrived_at + ${mins(`10 + ${rnd("k", 3)} * 10`)} end as dep
  from planned p
)
select s.*,
  -- what is not taken rolls to the next visit; only 15:00 visits are ever missed, so never two in a row
  case when lead(missed) over nx then lead(id, 2) over nx else lead(id) over nx end as roll_id,
  case when lead(missed) over nx then lead(dep, 2) over nx else lead(dep) over nx end as roll_dep,
  case
    when missed then case when missed_at <= ${NOW} then 'missed' else 'scheduled' end
    when dep <= ${NOW} then 'completed'
    when arrived_at <= ${NOW} then 'arrived'
    else 'scheduled' end as status
from settled s
window nx as (partition by n order by d, w)`;

export const arrivalsSql = `
insert into arrivals (id, carrier_id, external_id, partner_id, kind, window_start, window_end, driver_name,
  driver_vehicle, eta, status, arrived_at, departed_at, checked_in_at, created_at, updated_at)
select id, ${CARRIER}, 'SC-' || k, partner_id,
  (case when program = 'mall_pickup' then 'pickup' else 'dropoff' end)::arrival_kind,
  ws, ws + case when program = 'mall_pickup' then interval '30 minutes' else interval '1 hour' end,
  ${personNameSql("k")},
  case when program = 'mall_pickup' then 'Silver Toyota Corolla' else 'White Ford Transit' end,
  case when status in ('arrived', 'completed') then arrived_at end,
  status::arrival_status,
  case when status in ('arrived', 'completed') then arrived_at end,
  case when status = 'completed' then dep end,
  case when status in ('arrived', 'completed') and checkin_at <= ${NOW} then checkin_at end,
  created_at,
  greatest(created_at, ${clip("case when missed then missed_at else dep end")}, ${clip("arrived_at")})
from sv`;

export const arrivalEventsSql = `
insert into events (subject, arrival_id, partner_id, type, from_status, to_status, actor_kind, actor_carrier_id, actor_label, at)
select 'arrival', s.id, s.partner_id, e.type, e.from_s, e.to_s, e.kind::actor_kind,
  case when e.kind = 'carrier' then ${CARRIER} end,
  case when e.kind = 'carrier' then '${CARRIER_LABEL}' else 'Handoff' end, e.at
from sv s cross join lateral (values
  ('scheduled', null, 'scheduled', 'carrier', s.created_at),
  ('status_changed', 'scheduled', 'arrived', 'carrier', case when not s.missed then s.arrived_at end),
  ('status_changed', 'arrived', 'completed', 'carrier', case when not s.missed then s.dep end),
  ('status_changed', 'scheduled', 'missed', 'system', case when s.missed then s.missed_at end)
) e(type, from_s, to_s, kind, at)
where e.at <= ${NOW}`;

/** One planned row per parcel of the chunk; the real tables are filled from it. */
export const planTableSql = `
create temp table sp (
  id uuid, pk bigint, partner_id uuid, program text, user_id uuid, user_name text, city text, state text,
  postal text, slat float8, slng float8, arrival_id uuid, due_arrival_id uuid, roll_id uuid,
  on_manifest boolean default true, disc text, scanned_at timestamptz, confirmed_at timestamptz,
  roll_scanned_at timestamptz, roll_confirmed_at timestamptz, recipient_name text, recipient_line1 text,
  rdist float8, bearing float8, service text, promised_by timestamptz, announced_at timestamptz,
  ready_at timestamptz, picked_at timestamptz, delivered_at timestamptz, received_at timestamptz,
  att1_at timestamptz, att2_at timestamptz, returned_at timestamptz, cancelled_at timestamptz,
  fail1 boolean default false, fail2 boolean default false, reason1 text, reason2 text,
  photo1 boolean default false, photo2 boolean default false, oor boolean default false, acc float8
) on commit drop`;

/** Parcels of each visit (mall: 5–13 a window; rural: 19–34 a drop-off), with their recipient. */
const parcelsOf = (program: string, count: string, radius: string, announcedBefore: string) => `
  select v.*, g.i, q.pk, v.ws - ${mins(announcedBefore)} as ann,
    ${personNameSql("q.pk")} as recipient_name,
    (100 + floor(${rnd("q.pk", 22)} * 2800))::int || ' ' || ${pickFrom(streets, rnd("q.pk", 23))} as recipient_line1,
    ${radius} as rdist, ${rnd("q.pk", 11)} * 2 * pi() as bearing,
    case when ${rnd("q.pk", 5)} < ${program === "mall_pickup" ? 0.6 : 0.85} then 'same_day' else 'two_day' end as service
  from sv v
  cross join lateral generate_series(0, ${count}) g(i)
  cross join lateral (select v.k * 100 + g.i as pk) q
  where v.program = '${program}'`;

const planColumns = `id, pk, partner_id, program, user_id, user_name, city, state, postal, slat, slng, arrival_id,
  recipient_name, recipient_line1, rdist, bearing, service, announced_at`;
const planValues = `${idSql(ID.parcel, "a.pk")}, a.pk, a.partner_id, a.program, a.user_id, a.user_name,
  a.city, a.state, a.postal, a.lat, a.lng, a.id, a.recipient_name, a.recipient_line1, a.rdist, a.bearing,
  a.service, a.ann`;

/** Mall parcels: ready on time or not (per the store), taken by the driver or rolled to the next visit. */
export const mallPlanSql = `
insert into sp (${planColumns}, due_arrival_id, roll_id, disc, scanned_at, confirmed_at, roll_scanned_at,
  roll_confirmed_at, promised_by, ready_at, picked_at, delivered_at)
select ${planValues},
  case when c.taken or not c.concluded then a.id else a.roll_id end,
  case when not c.taken and c.concluded then a.roll_id end,
  case when not c.taken and c.concluded then (case when a.missed and b.rdy <= a.ws then 'not_taken' else 'not_ready' end) end,
  case when c.taken then ${clip("e.pick - interval '1 minute'")} end,
  case when c.taken then ${clip("e.pick")} end,
  case when not c.taken then ${clip("e.pick - interval '1 minute'")} end,
  case when not c.taken then ${clip("e.pick")} end,
  a.eve + case when a.service = 'two_day' then interval '1 day' else interval '0 days' end,
  ${clip("b.rdy")}, ${clip("e.pick")},
  ${clip(`e.pick + case when a.service = 'same_day' then ${mins(`40 + ${rnd("a.pk", 4)} * 200`)} else ${mins(`1100 + ${rnd("a.pk", 4)} * 480`)} end`)}
from (${parcelsOf("mall_pickup", `4 + floor(${rnd("v.k", 7)} * 9)::int`, `300 + ${rnd("q.pk", 10)} * 18000`, `50 + ${rnd("q.pk", 1)} * 180`)}) a
cross join lateral (select case when ${rnd("a.pk", 2)} < a.ready_rate
  then a.ann + ${mins(`5 + ${rnd("a.pk", 3)} * (extract(epoch from a.ws - a.ann) / 60 - 10)`)}
  else a.ws + ${mins(`1 + ${rnd("a.pk", 3)} * 45`)} end as rdy) b
cross join lateral (select not a.missed and b.rdy <= a.dep - interval '1 minute' as taken,
  (a.missed and a.missed_at <= ${NOW}) or (not a.missed and a.dep <= ${NOW}) as concluded) c
cross join lateral (select case when c.taken then a.dep else a.roll_dep end as pick) e
where a.ann <= ${NOW}`;

/**
 * Rural parcels: announced the evening before, scanned in at the drop-off (a few missing or
 * unexpected), delivered on the round, or failed and retried the next day, returned after two
 * failures. An unserviced drop-off's parcels are cancelled.
 */
const unexpected = `(${rnd("a.pk", 12)} < 0.003)`;
const missing = `(${rnd("a.pk", 2)} < a.miss_rate and not ${unexpected})`;

export const ruralPlanSql = `
insert into sp (${planColumns}, on_manifest, disc, scanned_at, confirmed_at, promised_by, received_at, att1_at,
  att2_at, delivered_at, returned_at, cancelled_at, fail1, fail2, reason1, reason2, photo1, photo2, oor, acc)
select ${planValues},
  not b.unexpected,
  case when a.missed then null
    when b.missing then (case when a.checkin_at <= ${NOW} then 'missing' end)
    when b.unexpected and b.recv <= ${NOW} then 'unexpected' end,
  case when b.ok then ${clip("b.recv")} end,
  case when not a.missed and not b.unexpected then ${clip("a.dep")} end,
  a.eve - interval '1 hour' + case when a.service = 'two_day' then interval '1 day' else interval '0 days' end,
  case when b.ok then ${clip("b.recv")} end,
  case when b.ok then ${clip("b.att1")} end,
  case when b.ok and b.fail1 then ${clip("b.att1 + interval '24 hours'")} end,
  case when b.ok then ${clip("case when not b.fail1 then b.att1 when not b.fail2 then b.att1 + interval '24 hours' end")} end,
  case when b.ok and b.fail2 then ${clip("b.att1 + interval '46 hours'")} end,
  case when a.missed then ${clip("a.missed_at + interval '10 minutes'")}
    when b.missing then ${clip("a.checkin_at + interval '3 hours'")} end,
  b.fail1, b.fail2, ${reason(rnd("a.pk", 8))}, ${reason(rnd("a.pk", 9))},
  ${rnd("a.pk", 13)} < a.photo_rate, ${rnd("a.pk", 14)} < a.photo_rate, ${rnd("a.pk", 15)} < a.oor_rate,
  5 + ${rnd("a.pk", 16)} * 25
from (${parcelsOf("local_delivery", `18 + floor(${rnd("v.k", 7)} * 16)::int`, `150 + ${rnd("q.pk", 10)} * 14300`, `540 + ${rnd("q.pk", 1)} * 360`)}) a
cross join lateral (select
  ${missing} as missing,
  ${unexpected} as unexpected,
  not a.missed and not ${missing} as ok,
  a.arrived_at + ${mins("1 + a.i * 0.2")} as recv,
  a.checkin_at + ${mins("30 + a.i * 5")} + case when ${rnd("a.pk", 3)} < a.same_day_rate then interval '0 hours' else interval '24 hours' end as att1,
  ${rnd("a.pk", 4)} < a.fail_rate as fail1,
  ${rnd("a.pk", 4)} < a.fail_rate and ${rnd("a.pk", 6)} < 0.3 as fail2) b`;
