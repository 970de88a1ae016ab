import { type SQL, sql } from "drizzle-orm";

/**
 * A timestamp parameter for raw SQL fragments. postgres.js cannot bind a bare Date inside
 * `sql` templates (only through typed columns), so it goes as ISO text with a cast.
 */
export function timestamptz(instant: Date): SQL {
  return sql`${instant.toISOString()}::timestamptz`;
}
