CREATE TABLE "partner_day_stats" (
	"partner_id" uuid NOT NULL,
	"day" date NOT NULL,
	"counters" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_day_stats_partner_id_day_pk" PRIMARY KEY("partner_id","day")
);
--> statement-breakpoint
CREATE TABLE "stats_dirty" (
	"partner_id" uuid PRIMARY KEY NOT NULL,
	"day_from" date NOT NULL,
	"day_to" date NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partner_day_stats" ADD CONSTRAINT "partner_day_stats_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_dirty" ADD CONSTRAINT "stats_dirty_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partner_day_stats_day_idx" ON "partner_day_stats" USING btree ("day");