import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { queryRows } from "../sql";

const tableLists = new WeakMap<object, { name: string }[]>();

/** Row counts of every table of the application's schema, in one query (to prove a refused call changed nothing). */
export async function tableCounts(db: DbOrTx, options: { except?: readonly string[] } = {}) {
  let tables = tableLists.get(db);
  if (!tables) {
    tables = await queryRows<{ name: string }>(
      db,
      sql`select table_name as name from information_schema.tables
           where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    );
    tableLists.set(db, tables);
  }
  const names = tables.map((t) => t.name).filter((name) => !options.except?.includes(name));
  const columns = sql.join(
    names.map((name) => sql`(select count(*)::int from ${sql.identifier(name)}) as ${sql.identifier(name)}`),
    sql`, `,
  );
  const [counts] = await queryRows<Record<string, number>>(db, sql`select ${columns}`);
  return counts ?? {};
}
