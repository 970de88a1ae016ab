import { CARRIER_LABEL, ID, idSql } from "./scale-sql";

/**
 * From the chunk's plan (`sp`) to the real tables. Same parameters as scale-sql.ts; only $carrier
 * is used here, the plan's timestamps are already cut at now.
 */

const CARRIER = "$carrier::uuid";

/** Recipient position: `rdist` metres from the store along `bearing` (flat-earth, fine below 20 km). */
const latAt = (dist: string) => `s.slat + ${dist} * cos(s.bearing) / 111320.0`;
const lngAt = (dist: string) => `s.slng + ${dist} * sin(s.bearing) / (111320.0 * cos(radians(s.slat)))`;

export const parcelsSql = `
insert into parcels (id, tracking_id, partner_id, carrier_id, flow, service_level, promised_by, recipient_name,
  recipient_phone, recipient_line1, recipient_city, recipient_region, recipient_postal_code, recipient_country,
  recipient_lat, recipient_lng, distance_meters, weight_grams, status, status_changed_at, due_arrival_id,
  announced_at, ready_at, received_at, picked_up_at, delivered_at, failed_attempts, due_for_return, created_at,
  updated_at)
select s.id, 'SC' || lpad(s.pk::text, 11, '0'), s.partner_id, ${CARRIER}, s.program::program,
  s.service::service_level, s.promised_by, s.recipient_name, '+1555555' || lpad((100 + s.pk % 100)::text, 4, '0'),
  s.recipient_line1, s.city, s.state, s.postal, 'US', ${latAt("s.rdist")}, ${lngAt("s.rdist")}, s.rdist,
  200 + (s.pk * 7919 % 9800)::int,
  (case
    when s.cancelled_at is not null then 'cancelled'
    when s.returned_at is not null then 'returned'
    when s.delivered_at is not null then 'delivered'
    when s.picked_at is not null then 'picked_up'
    when s.ready_at is not null then 'ready'
    when s.att1_at is not null then 'attempted'
    when s.received_at is not null then 'at_store'
    else 'announced' end)::parcel_status,
  t.changed, s.due_arrival_id, s.announced_at, s.ready_at, s.received_at, s.picked_at, s.delivered_at,
  (s.fail1 and s.att1_at is not null)::int + (s.fail2 and s.att2_at is not null)::int,
  s.fail2 and s.att2_at is not null, s.announced_at, t.changed
from sp s cross join lateral (select coalesce(s.cancelled_at, s.returned_at, s.delivered_at, s.picked_at,
  s.ready_at, s.att2_at, s.att1_at, s.received_at, s.announced_at) as changed) t`;

export const arrivalParcelsSql = `
insert into arrival_parcels (arrival_id, parcel_id, on_manifest, scanned_at, scanned_by_user_id,
  carrier_confirmed_at, discrepancy)
select x.arrival_id, s.id, x.on_manifest, x.scanned_at, case when x.scanned_at is not null then s.user_id end,
  x.confirmed_at, x.disc::manifest_discrepancy
from sp s cross join lateral (values
  (s.arrival_id, s.on_manifest, s.scanned_at, s.confirmed_at, s.disc),
  (s.roll_id, true, s.roll_scanned_at, s.roll_confirmed_at, null)
) x(arrival_id, on_manifest, scanned_at, confirmed_at, disc)
where x.arrival_id is not null`;

const photoId = idSql(ID.photo, "s.pk * 4 + x.n");

/** Each round stop: its tap, whether it worked, and (if it did) usually a photo. */
const attempts = `sp s cross join lateral (values
  (1, s.att1_at, s.fail1, s.reason1, s.photo1 and not s.fail1),
  (2, s.att2_at, s.fail2, s.reason2, s.photo2 and not s.fail2)
) x(n, at, failed, reason, photo)`;

export const proofFilesSql = `
insert into proof_files (id, partner_id, parcel_id, kind, storage, key, content_type, bytes, width, height,
  uploaded_by_user_id, created_at)
select ${photoId}, s.partner_id, s.id, 'photo', 'local', 'scale/' || ${photoId} || '.jpg', 'image/jpeg',
  150000 + (s.pk * 31 % 110000)::int, 1600, 1200, s.user_id, x.at + interval '20 seconds'
from ${attempts}
where x.at is not null and x.photo`;

/** A stray GPS fix (first attempt of an `oor` parcel) lands beyond radius + accuracy and is flagged. */
export const attemptsSql = `
insert into delivery_attempts (id, client_action_id, parcel_id, partner_id, user_id, outcome, failure_reason,
  recipient_name, photo_id, lat, lng, accuracy_meters, distance_meters, out_of_radius, tapped_at, recorded_at)
select ${idSql(ID.attempt, "s.pk * 4 + x.n")}, 'scale-' || s.pk || '-' || x.n, s.id, s.partner_id,
  s.user_id, (case when x.failed then 'failed' else 'delivered' end)::attempt_outcome,
  case when x.failed then x.reason::failure_reason end,
  case when not x.failed then s.recipient_name end,
  case when x.photo then ${photoId} end,
  ${latAt("d.dist")}, ${lngAt("d.dist")}, s.acc, d.dist, d.stray, x.at, x.at + interval '20 seconds'
from ${attempts}
cross join lateral (select s.oor and x.n = 1 as stray,
  case when s.oor and x.n = 1 then 16093.44 + 800 + s.pk % 3000 else s.rdist end as dist) d
where x.at is not null`;

export const parcelEventsSql = `
insert into events (subject, parcel_id, arrival_id, partner_id, type, from_status, to_status, actor_kind,
  actor_user_id, actor_carrier_id, actor_label, at, data)
select 'parcel', s.id, e.arrival_id, s.partner_id, e.type, e.from_s, e.to_s, e.kind::actor_kind,
  case when e.kind = 'user' then s.user_id end, case when e.kind = 'carrier' then ${CARRIER} end,
  case when e.kind = 'user' then s.user_name else '${CARRIER_LABEL}' end, e.at, e.data
from sp s
cross join lateral (select s.program = 'mall_pickup' as mall) m
cross join lateral (values
  ('announced', null, 'announced', 'carrier', s.announced_at, null::uuid, null::jsonb),
  ('status_changed', 'announced', 'ready', 'user', s.ready_at, s.due_arrival_id, null),
  ('status_changed', 'ready', 'picked_up', 'carrier', s.picked_at, s.due_arrival_id, null),
  ('status_changed', 'picked_up', 'delivered', 'carrier', case when m.mall then s.delivered_at end, null, null),
  ('status_changed', 'announced', 'cancelled', 'carrier', s.cancelled_at, null, null),
  ('status_changed', 'announced', 'at_store', 'user', s.received_at, s.arrival_id, null),
  ('status_changed', 'at_store', case when s.fail1 then 'attempted' else 'delivered' end, 'user', s.att1_at, null,
    jsonb_build_object('attempt', 1)),
  ('status_changed', 'attempted', case when s.fail2 then 'attempted' else 'delivered' end, 'user', s.att2_at, null,
    jsonb_build_object('attempt', 2)),
  ('status_changed', 'attempted', 'returned', 'user', s.returned_at, null, null)
) e(type, from_s, to_s, kind, at, arrival_id, data)
where e.at is not null`;
