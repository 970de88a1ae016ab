CREATE TABLE "pay_rates" (
	"partner_id" uuid NOT NULL,
	"effective_from" date NOT NULL,
	"rate_cents" integer NOT NULL,
	"set_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pay_rates_partner_id_effective_from_pk" PRIMARY KEY("partner_id","effective_from")
);
--> statement-breakpoint
ALTER TABLE "pay_rates" ADD CONSTRAINT "pay_rates_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Every existing rate has been in force since the beginning.
INSERT INTO "pay_rates" ("partner_id", "effective_from", "rate_cents")
SELECT "id", DATE '2000-01-01', "pay_rate_cents" FROM "partners";
--> statement-breakpoint
-- Earnings now follow the rate in force each day, and a scheduled day is one with a drop-off
-- due: re-roll every partner's whole history under the new rules.
INSERT INTO stats_dirty (partner_id, day_from, day_to)
SELECT p.id,
       coalesce((SELECT (min(pa.announced_at) AT TIME ZONE p.time_zone)::date FROM parcels pa WHERE pa.partner_id = p.id),
                (now() AT TIME ZONE p.time_zone)::date),
       (now() AT TIME ZONE p.time_zone)::date + 2
  FROM partners p
ON CONFLICT (partner_id) DO UPDATE
  SET day_from = least(stats_dirty.day_from, excluded.day_from),
      day_to = greatest(stats_dirty.day_to, excluded.day_to);
