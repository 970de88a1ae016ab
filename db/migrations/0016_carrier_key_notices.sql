-- Whatever changes what a Carrier API key stands for (revoked, deleted, moved, its carrier renamed
-- or deleted) announces it on handoff_keys once committed, whoever made the change: every
-- instance drops the keys it trusted. Recording a key's last use announces nothing.
CREATE OR REPLACE FUNCTION announce_key_change() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('handoff_keys', OLD.id::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER api_keys_announce AFTER UPDATE OF revoked_at, key_hash, carrier_id ON "api_keys"
  FOR EACH ROW EXECUTE FUNCTION announce_key_change();
--> statement-breakpoint
CREATE TRIGGER api_keys_announce_delete AFTER DELETE ON "api_keys"
  FOR EACH ROW EXECUTE FUNCTION announce_key_change();
--> statement-breakpoint
CREATE TRIGGER carriers_announce AFTER UPDATE OF name OR DELETE ON "carriers"
  FOR EACH ROW EXECUTE FUNCTION announce_key_change();
