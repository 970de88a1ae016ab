-- Each queued webhook becomes a job for the PostgreSQL job queue (graphile-worker) when it is
-- installed (server mode). On the embedded database there is no such schema and the portal's
-- own poller delivers pending rows instead.
CREATE OR REPLACE FUNCTION webhook_deliveries_enqueue() RETURNS trigger AS $$
BEGIN
  IF to_regnamespace('graphile_worker') IS NOT NULL THEN
    EXECUTE 'SELECT graphile_worker.add_job($1, $2, job_key => $3)'
      USING 'deliver_webhook', json_build_object('deliveryId', NEW.id), 'webhook:' || NEW.id;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER webhook_deliveries_enqueue AFTER INSERT ON "webhook_deliveries"
  FOR EACH ROW EXECUTE FUNCTION webhook_deliveries_enqueue();
