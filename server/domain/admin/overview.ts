import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { queryRows } from "@/db/sql";

/** Network-wide counts for the admin's home. */
export async function networkOverview({ db }: { db: DbOrTx }) {
  const [row] = await queryRows<{
    regions: number;
    partners: number;
    inactive_partners: number;
    users: number;
    carriers: number;
    api_keys: number;
    parcels_in_flight: number;
  }>(
    db,
    sql`
    select
      (select count(*) from regions)::int as regions,
      (select count(*) from partners where active)::int as partners,
      (select count(*) from partners where not active)::int as inactive_partners,
      (select count(*) from users where active)::int as users,
      (select count(*) from carriers)::int as carriers,
      (select count(*) from api_keys where revoked_at is null)::int as api_keys,
      (select count(*) from parcels
         where status in ('announced','ready','at_store','out_for_delivery','attempted'))::int as parcels_in_flight
  `,
  );
  if (!row) throw new Error("overview query returned no row");
  return {
    regions: row.regions,
    partners: row.partners,
    inactivePartners: row.inactive_partners,
    users: row.users,
    carriers: row.carriers,
    apiKeys: row.api_keys,
    parcelsInFlight: row.parcels_in_flight,
  };
}
