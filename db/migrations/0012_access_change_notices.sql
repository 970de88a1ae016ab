-- Whatever changes who a person is to the portal (the account, its memberships, its sessions)
-- announces that person's id on handoff_access once committed, whoever made the change: every
-- instance drops what it cached about that person's sessions.
CREATE OR REPLACE FUNCTION announce_access_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('handoff_access', OLD.user_id::text);
  ELSE
    PERFORM pg_notify('handoff_access', NEW.user_id::text);
    IF TG_OP = 'UPDATE' AND OLD.user_id IS DISTINCT FROM NEW.user_id THEN
      PERFORM pg_notify('handoff_access', OLD.user_id::text);
    END IF;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION announce_user_change() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('handoff_access', OLD.id::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER partner_memberships_announce AFTER INSERT OR UPDATE OR DELETE ON "partner_memberships"
  FOR EACH ROW EXECUTE FUNCTION announce_access_change();
--> statement-breakpoint
CREATE TRIGGER region_memberships_announce AFTER INSERT OR UPDATE OR DELETE ON "region_memberships"
  FOR EACH ROW EXECUTE FUNCTION announce_access_change();
--> statement-breakpoint
CREATE TRIGGER user_sessions_announce AFTER UPDATE OR DELETE ON "user_sessions"
  FOR EACH ROW EXECUTE FUNCTION announce_access_change();
--> statement-breakpoint
CREATE TRIGGER users_announce AFTER UPDATE OR DELETE ON "users"
  FOR EACH ROW EXECUTE FUNCTION announce_user_change();
