CREATE TYPE "public"."actor_kind" AS ENUM('user', 'carrier', 'system');--> statement-breakpoint
CREATE TYPE "public"."arrival_kind" AS ENUM('pickup', 'dropoff');--> statement-breakpoint
CREATE TYPE "public"."arrival_status" AS ENUM('scheduled', 'en_route', 'arrived', 'completed', 'missed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."attempt_outcome" AS ENUM('delivered', 'failed');--> statement-breakpoint
CREATE TYPE "public"."event_subject" AS ENUM('parcel', 'arrival');--> statement-breakpoint
CREATE TYPE "public"."failure_reason" AS ENUM('no_access', 'cannot_locate', 'no_safe_place', 'recipient_unavailable', 'refused', 'damaged', 'other');--> statement-breakpoint
CREATE TYPE "public"."manifest_discrepancy" AS ENUM('missing', 'unexpected', 'damaged', 'not_ready', 'not_taken', 'handoff_mismatch');--> statement-breakpoint
CREATE TYPE "public"."parcel_status" AS ENUM('announced', 'ready', 'picked_up', 'at_store', 'out_for_delivery', 'attempted', 'delivered', 'returned', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."program" AS ENUM('mall_pickup', 'local_delivery');--> statement-breakpoint
CREATE TYPE "public"."proof_kind" AS ENUM('photo', 'signature', 'damage_photo');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('store_staff', 'store_owner', 'regional_manager', 'admin');--> statement-breakpoint
CREATE TYPE "public"."service_level" AS ENUM('same_day', 'two_day');--> statement-breakpoint
CREATE TYPE "public"."storage_backend" AS ENUM('local', 's3');--> statement-breakpoint
CREATE TYPE "public"."webhook_delivery_status" AS ENUM('pending', 'succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."webhook_event_type" AS ENUM('parcel.ready', 'parcel.unready', 'parcel.received', 'parcel.delivered', 'parcel.delivery_failed', 'parcel.returned', 'arrival.discrepancy');--> statement-breakpoint
CREATE TABLE "arrival_parcels" (
	"arrival_id" uuid NOT NULL,
	"parcel_id" uuid NOT NULL,
	"on_manifest" boolean DEFAULT true NOT NULL,
	"scanned_at" timestamp with time zone,
	"scanned_by_user_id" uuid,
	"carrier_confirmed_at" timestamp with time zone,
	"discrepancy" "manifest_discrepancy",
	CONSTRAINT "arrival_parcels_arrival_id_parcel_id_pk" PRIMARY KEY("arrival_id","parcel_id")
);
--> statement-breakpoint
CREATE TABLE "arrivals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"carrier_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"partner_id" uuid NOT NULL,
	"kind" "arrival_kind" NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"window_end" timestamp with time zone NOT NULL,
	"driver_name" text NOT NULL,
	"driver_vehicle" text,
	"eta" timestamp with time zone,
	"status" "arrival_status" DEFAULT 'scheduled' NOT NULL,
	"arrived_at" timestamp with time zone,
	"departed_at" timestamp with time zone,
	"cancelled_reason" text,
	"checked_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"carrier_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_keys_keyHash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "carriers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "carriers_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "delivery_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_action_id" text NOT NULL,
	"parcel_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"user_id" uuid,
	"outcome" "attempt_outcome" NOT NULL,
	"failure_reason" "failure_reason",
	"failure_note" text,
	"recipient_name" text,
	"photo_id" uuid,
	"signature_id" uuid,
	"lat" double precision,
	"lng" double precision,
	"accuracy_meters" double precision,
	"distance_meters" double precision,
	"out_of_radius" boolean DEFAULT false NOT NULL,
	"tapped_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delivery_attempts_clientActionId_unique" UNIQUE("client_action_id")
);
--> statement-breakpoint
CREATE TABLE "proof_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_id" uuid NOT NULL,
	"parcel_id" uuid,
	"kind" "proof_kind" NOT NULL,
	"storage" "storage_backend" NOT NULL,
	"key" text NOT NULL,
	"thumbnail_key" text,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"width" integer,
	"height" integer,
	"uploaded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subject" "event_subject" NOT NULL,
	"parcel_id" uuid,
	"arrival_id" uuid,
	"partner_id" uuid NOT NULL,
	"type" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"actor_kind" "actor_kind" NOT NULL,
	"actor_user_id" uuid,
	"actor_carrier_id" uuid,
	"actor_label" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "parcels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tracking_id" text NOT NULL,
	"partner_id" uuid NOT NULL,
	"carrier_id" uuid NOT NULL,
	"flow" "program" NOT NULL,
	"service_level" "service_level" NOT NULL,
	"promised_by" timestamp with time zone NOT NULL,
	"recipient_name" text NOT NULL,
	"recipient_phone" text,
	"recipient_line1" text NOT NULL,
	"recipient_line2" text,
	"recipient_city" text NOT NULL,
	"recipient_region" text NOT NULL,
	"recipient_postal_code" text NOT NULL,
	"recipient_country" text NOT NULL,
	"recipient_lat" double precision,
	"recipient_lng" double precision,
	"distance_meters" double precision,
	"weight_grams" integer,
	"status" "parcel_status" DEFAULT 'announced' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_arrival_id" uuid,
	"announced_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ready_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"picked_up_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"due_for_return" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "parcels_trackingId_unique" UNIQUE("tracking_id")
);
--> statement-breakpoint
CREATE TABLE "closure_days" (
	"partner_id" uuid NOT NULL,
	"day" date NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "closure_days_partner_id_day_pk" PRIMARY KEY("partner_id","day")
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"program" "program" NOT NULL,
	"carrier_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"mall_id" uuid,
	"address_line1" text NOT NULL,
	"address_line2" text,
	"city" text NOT NULL,
	"state" text NOT NULL,
	"postal_code" text NOT NULL,
	"country" text DEFAULT 'US' NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"time_zone" text NOT NULL,
	"radius_miles" double precision DEFAULT 10 NOT NULL,
	"pay_rate_cents" integer DEFAULT 250 NOT NULL,
	"opening_hours" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partners_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "pickup_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_id" uuid NOT NULL,
	"iso_weekday" smallint NOT NULL,
	"window_start" time NOT NULL,
	"window_end" time NOT NULL
);
--> statement-breakpoint
CREATE TABLE "malls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"address_line1" text NOT NULL,
	"city" text NOT NULL,
	"state" text NOT NULL,
	"postal_code" text NOT NULL,
	"country" text DEFAULT 'US' NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"time_zone" text NOT NULL,
	"region_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "malls_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"time_zone" text NOT NULL,
	"alert_thresholds" jsonb DEFAULT '{"readyOnTimeRate":0.95,"deliveryCompletionRate":0.98,"proofCompliance":0.985}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regions_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "idempotency_records" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response_status" integer NOT NULL,
	"response_body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_records_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE TABLE "webhook_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"delivery_id" uuid NOT NULL,
	"attempted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"response_status" integer,
	"error" text,
	"duration_ms" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subscription_id" uuid NOT NULL,
	"event_type" "webhook_event_type" NOT NULL,
	"payload" jsonb NOT NULL,
	"status" "webhook_delivery_status" DEFAULT 'pending' NOT NULL,
	"attempt_count" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"carrier_id" uuid NOT NULL,
	"url" text NOT NULL,
	"secret" text NOT NULL,
	"event_types" "webhook_event_type"[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_memberships" (
	"user_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_memberships_user_id_partner_id_pk" PRIMARY KEY("user_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "region_memberships" (
	"user_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "region_memberships_user_id_region_id_pk" PRIMARY KEY("user_id","region_id")
);
--> statement-breakpoint
CREATE TABLE "sign_in_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
ALTER TABLE "arrival_parcels" ADD CONSTRAINT "arrival_parcels_arrival_id_arrivals_id_fk" FOREIGN KEY ("arrival_id") REFERENCES "public"."arrivals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arrival_parcels" ADD CONSTRAINT "arrival_parcels_parcel_id_parcels_id_fk" FOREIGN KEY ("parcel_id") REFERENCES "public"."parcels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arrival_parcels" ADD CONSTRAINT "arrival_parcels_scanned_by_user_id_users_id_fk" FOREIGN KEY ("scanned_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arrivals" ADD CONSTRAINT "arrivals_carrier_id_carriers_id_fk" FOREIGN KEY ("carrier_id") REFERENCES "public"."carriers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arrivals" ADD CONSTRAINT "arrivals_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_carrier_id_carriers_id_fk" FOREIGN KEY ("carrier_id") REFERENCES "public"."carriers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_attempts" ADD CONSTRAINT "delivery_attempts_parcel_id_parcels_id_fk" FOREIGN KEY ("parcel_id") REFERENCES "public"."parcels"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_attempts" ADD CONSTRAINT "delivery_attempts_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_attempts" ADD CONSTRAINT "delivery_attempts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_attempts" ADD CONSTRAINT "delivery_attempts_photo_id_proof_files_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."proof_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_attempts" ADD CONSTRAINT "delivery_attempts_signature_id_proof_files_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."proof_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proof_files" ADD CONSTRAINT "proof_files_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proof_files" ADD CONSTRAINT "proof_files_parcel_id_parcels_id_fk" FOREIGN KEY ("parcel_id") REFERENCES "public"."parcels"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proof_files" ADD CONSTRAINT "proof_files_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_parcel_id_parcels_id_fk" FOREIGN KEY ("parcel_id") REFERENCES "public"."parcels"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_arrival_id_arrivals_id_fk" FOREIGN KEY ("arrival_id") REFERENCES "public"."arrivals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_actor_carrier_id_carriers_id_fk" FOREIGN KEY ("actor_carrier_id") REFERENCES "public"."carriers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcels" ADD CONSTRAINT "parcels_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcels" ADD CONSTRAINT "parcels_carrier_id_carriers_id_fk" FOREIGN KEY ("carrier_id") REFERENCES "public"."carriers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcels" ADD CONSTRAINT "parcels_due_arrival_id_arrivals_id_fk" FOREIGN KEY ("due_arrival_id") REFERENCES "public"."arrivals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closure_days" ADD CONSTRAINT "closure_days_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_carrier_id_carriers_id_fk" FOREIGN KEY ("carrier_id") REFERENCES "public"."carriers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_mall_id_malls_id_fk" FOREIGN KEY ("mall_id") REFERENCES "public"."malls"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pickup_schedules" ADD CONSTRAINT "pickup_schedules_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "malls" ADD CONSTRAINT "malls_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_delivery_id_webhook_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_subscription_id_webhook_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" ADD CONSTRAINT "webhook_subscriptions_carrier_id_carriers_id_fk" FOREIGN KEY ("carrier_id") REFERENCES "public"."carriers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_memberships" ADD CONSTRAINT "partner_memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_memberships" ADD CONSTRAINT "partner_memberships_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_memberships" ADD CONSTRAINT "region_memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_memberships" ADD CONSTRAINT "region_memberships_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "arrival_parcels_parcel_idx" ON "arrival_parcels" USING btree ("parcel_id");--> statement-breakpoint
CREATE UNIQUE INDEX "arrivals_carrier_external_idx" ON "arrivals" USING btree ("carrier_id","external_id");--> statement-breakpoint
CREATE INDEX "arrivals_partner_window_idx" ON "arrivals" USING btree ("partner_id","window_start");--> statement-breakpoint
CREATE INDEX "api_keys_carrier_idx" ON "api_keys" USING btree ("carrier_id");--> statement-breakpoint
CREATE INDEX "delivery_attempts_parcel_idx" ON "delivery_attempts" USING btree ("parcel_id");--> statement-breakpoint
CREATE INDEX "delivery_attempts_partner_tapped_idx" ON "delivery_attempts" USING btree ("partner_id","tapped_at");--> statement-breakpoint
CREATE INDEX "proof_files_parcel_idx" ON "proof_files" USING btree ("parcel_id");--> statement-breakpoint
CREATE INDEX "events_parcel_idx" ON "events" USING btree ("parcel_id","id");--> statement-breakpoint
CREATE INDEX "events_arrival_idx" ON "events" USING btree ("arrival_id","id");--> statement-breakpoint
CREATE INDEX "events_partner_at_idx" ON "events" USING btree ("partner_id","at");--> statement-breakpoint
CREATE INDEX "parcels_partner_status_idx" ON "parcels" USING btree ("partner_id","status");--> statement-breakpoint
CREATE INDEX "parcels_partner_announced_idx" ON "parcels" USING btree ("partner_id","announced_at");--> statement-breakpoint
CREATE INDEX "parcels_due_arrival_idx" ON "parcels" USING btree ("due_arrival_id") WHERE "parcels"."due_arrival_id" is not null;--> statement-breakpoint
CREATE INDEX "partners_region_idx" ON "partners" USING btree ("region_id","active");--> statement-breakpoint
CREATE INDEX "partners_mall_idx" ON "partners" USING btree ("mall_id");--> statement-breakpoint
CREATE INDEX "partners_carrier_idx" ON "partners" USING btree ("carrier_id","active");--> statement-breakpoint
CREATE INDEX "pickup_schedules_partner_idx" ON "pickup_schedules" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "malls_region_idx" ON "malls" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "idempotency_records_created_idx" ON "idempotency_records" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "webhook_attempts_delivery_idx" ON "webhook_attempts" USING btree ("delivery_id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_subscription_idx" ON "webhook_deliveries" USING btree ("subscription_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "webhook_subscriptions_carrier_idx" ON "webhook_subscriptions" USING btree ("carrier_id");--> statement-breakpoint
CREATE INDEX "partner_memberships_partner_idx" ON "partner_memberships" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "region_memberships_region_idx" ON "region_memberships" USING btree ("region_id");