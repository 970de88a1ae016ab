import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "./client";

/**
 * A timestamp parameter for raw SQL fragments. postgres.js cannot bind a bare Date inside
 * `sql` templates (only through typed columns), so it goes as ISO text with a cast.
 */
export function timestamptz(instant: Date): SQL {
  return sql`${instant.toISOString()}::timestamptz`;
}

/**
 * Rows of a raw query, whichever driver ran it: postgres.js answers an array, PGlite an object
 * with `rows`.
 */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}
