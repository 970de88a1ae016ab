CREATE TYPE "public"."audit_entity" AS ENUM('carrier', 'api_key', 'region', 'mall', 'partner', 'person', 'webhook');--> statement-breakpoint
ALTER TYPE "public"."webhook_event_type" ADD VALUE 'parcel.out_for_delivery' BEFORE 'parcel.delivered';--> statement-breakpoint
ALTER TYPE "public"."webhook_event_type" ADD VALUE 'parcel.cancelled' BEFORE 'arrival.discrepancy';--> statement-breakpoint
ALTER TYPE "public"."webhook_event_type" ADD VALUE 'webhook.test';--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"entity" "audit_entity" NOT NULL,
	"entity_id" text NOT NULL,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "user_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "delivery_attempts" DROP CONSTRAINT "delivery_attempts_clientActionId_unique";--> statement-breakpoint
ALTER TABLE "parcels" DROP CONSTRAINT "parcels_trackingId_unique";--> statement-breakpoint
ALTER TABLE "idempotency_records" ALTER COLUMN "response_body" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "delivery_attempts" ADD COLUMN "answer" text;--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" ADD COLUMN "previous_secret" text;--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" ADD COLUMN "previous_secret_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "last_signed_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","at");--> statement-breakpoint
CREATE INDEX "user_sessions_user_idx" ON "user_sessions" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "delivery_attempts" ADD CONSTRAINT "delivery_attempts_partner_client_action_key" UNIQUE("partner_id","client_action_id");--> statement-breakpoint
ALTER TABLE "parcels" ADD CONSTRAINT "parcels_tracking_id_carrier_key" UNIQUE("tracking_id","carrier_id");--> statement-breakpoint
-- Hand-written: the audit log is append-only, like events.
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION events_refuse_change();
--> statement-breakpoint
-- Hand-written: a redelivered webhook (attempts reset to 0) gets its job again on the job queue.
CREATE TRIGGER webhook_deliveries_requeue AFTER UPDATE OF attempt_count ON "webhook_deliveries"
  FOR EACH ROW WHEN (NEW.status = 'pending' AND NEW.attempt_count = 0 AND OLD.attempt_count > 0)
  EXECUTE FUNCTION webhook_deliveries_enqueue();
