ALTER TABLE "arrival_parcels" ADD COLUMN "damaged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "arrival_parcels" ADD COLUMN "damage_photo_id" uuid;--> statement-breakpoint
ALTER TABLE "arrival_parcels" ADD COLUMN "handed_back_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "arrival_parcels" ADD COLUMN "handed_back_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "arrival_parcels" ADD CONSTRAINT "arrival_parcels_damage_photo_id_proof_files_id_fk" FOREIGN KEY ("damage_photo_id") REFERENCES "public"."proof_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arrival_parcels" ADD CONSTRAINT "arrival_parcels_handed_back_by_user_id_users_id_fk" FOREIGN KEY ("handed_back_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Serviced days now follow the noon rule (a check-in by 12:00 local time): recompute every
-- partner's rolled-up history.
INSERT INTO stats_dirty (partner_id, day_from, day_to)
SELECT p.id,
       coalesce((SELECT (min(pa.announced_at) AT TIME ZONE p.time_zone)::date FROM parcels pa WHERE pa.partner_id = p.id),
                (now() AT TIME ZONE p.time_zone)::date),
       (now() AT TIME ZONE p.time_zone)::date + 2
  FROM partners p
 WHERE p.program = 'local_delivery'
ON CONFLICT (partner_id) DO UPDATE
  SET day_from = least(stats_dirty.day_from, excluded.day_from),
      day_to = greatest(stats_dirty.day_to, excluded.day_to),
      marked_at = now();
