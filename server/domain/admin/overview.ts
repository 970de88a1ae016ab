import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

/** Network-wide counts for the admin's home. */
export async function networkOverview(db: DbOrTx) {
  const result = await db.execute<{
    regions: number;
    partners: number;
    inactive_partners: number;
    users: number;
    carriers: number;
    api_keys: number;
    parcels_in_flight: number;
  }>(sql`
    select
      (select count(*) from regions)::int as regions,
      (select count(*) from partners where active)::int as partners,
      (select count(*) from partners where not active)::int as inactive_partners,
      (select count(*) from users where active)::int as users,
      (select count(*) from carriers)::int as carriers,
      (select count(*) from api_keys where revoked_at is null)::int as api_keys,
      (select count(*) from parcels
         where status in ('announced','ready','at_store','out_for_delivery','attempted'))::int as parcels_in_flight
  `);
  const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
  const row = rows[0] as Record<string, number>;
  return {
    regions: row.regions ?? 0,
    partners: row.partners ?? 0,
    inactivePartners: row.inactive_partners ?? 0,
    users: row.users ?? 0,
    carriers: row.carriers ?? 0,
    apiKeys: row.api_keys ?? 0,
    parcelsInFlight: row.parcels_in_flight ?? 0,
  };
}
