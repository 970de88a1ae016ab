-- Databases that have history from before the rollups existed: mark every partner's whole
-- history stale, so the background refresh rolls it up (a new database has no partners yet).
INSERT INTO stats_dirty (partner_id, day_from, day_to)
SELECT p.id,
       coalesce((SELECT (min(pa.announced_at) AT TIME ZONE p.time_zone)::date FROM parcels pa WHERE pa.partner_id = p.id),
                (now() AT TIME ZONE p.time_zone)::date),
       (now() AT TIME ZONE p.time_zone)::date + 2
  FROM partners p
ON CONFLICT (partner_id) DO NOTHING;
