-- A change that marks a partner's figures stale asks the job queue (graphile-worker, server
-- mode) for a refresh a moment later; one pending job serves every change until it runs. On
-- the embedded database the portal's poller refreshes instead.
CREATE OR REPLACE FUNCTION stats_dirty_enqueue() RETURNS trigger AS $$
BEGIN
  IF to_regnamespace('graphile_worker') IS NOT NULL THEN
    EXECUTE 'SELECT graphile_worker.add_job($1, $2, run_at => now() + interval ''2 seconds'', job_key => $3, job_key_mode => $4)'
      USING 'refresh_stats', '{}'::json, 'refresh_stats', 'preserve_run_at';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER stats_dirty_enqueue AFTER INSERT OR UPDATE ON "stats_dirty"
  FOR EACH ROW EXECUTE FUNCTION stats_dirty_enqueue();
