-- The Carrier API's per-key minute counts are bumped by every request on one row per key: as a
-- logged table each bump waited for a WAL flush while holding that row, so a key's requests
-- queued behind each other's disk writes. Unlogged, a bump commits without one. A crash empties
-- the table, which forgets at most a minute of counts; parcels and keys stay logged.
ALTER TABLE "api_rate_windows" SET UNLOGGED;
