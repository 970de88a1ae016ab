import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A database handle or an open transaction: domain functions accept either. */
export type DbOrTx = Db | Tx;

export type DatabaseHandle = {
  db: Db;
  kind: "pglite" | "postgres";
  /** The raw postgres.js client (server mode only), for LISTEN/NOTIFY and COPY. */
  sql?: postgres.Sql;
  /** LISTEN on a channel; resolves to a function that stops listening. */
  listen: (channel: string, onNotify: (payload: string) => void) => Promise<() => Promise<void>>;
  close: () => Promise<void>;
};

export type DatabaseOptions =
  | { url: string; max?: number }
  | { dataDir: string }
  /** In-memory PGlite, gone when closed (tests). */
  | { memory: true };

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  if ("url" in options) {
    const sql = postgres(options.url, { max: options.max ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(sql, { schema, casing: "snake_case" }) as unknown as Db;
    const listen = async (channel: string, onNotify: (payload: string) => void) => {
      const { unlisten } = await sql.listen(channel, onNotify);
      return unlisten;
    };
    return { db, kind: "postgres", sql, listen, close: () => sql.end({ timeout: 5 }) };
  }
  let client: PGlite;
  if ("dataDir" in options) {
    // PGlite does not create missing parent folders.
    mkdirSync(path.dirname(path.resolve(options.dataDir)), { recursive: true });
    client = new PGlite(options.dataDir);
  } else {
    client = new PGlite();
  }
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Db;
  const listen = async (channel: string, onNotify: (payload: string) => void) => {
    const unlisten = await client.listen(channel, onNotify);
    return () => unlisten();
  };
  return { db, kind: "pglite", listen, close: () => client.close() };
}

/** Where the embedded database lives inside DATA_DIR. */
export function pgliteDir(dataDir: string): string {
  return path.join(dataDir, "pglite");
}

const globalForDb = globalThis as unknown as { handoffDb?: DatabaseHandle };

/**
 * The process-wide database. Kept on globalThis so route handlers, server actions and
 * the RSC renderer share one instance: PGlite must be opened by one owner only.
 */
export async function getDatabase(): Promise<DatabaseHandle> {
  if (!globalForDb.handoffDb) {
    const { env } = await import("@/server/env");
    globalForDb.handoffDb = env.DATABASE_URL
      ? openDatabase({ url: env.DATABASE_URL })
      : openDatabase({ dataDir: pgliteDir(env.DATA_DIR) });
  }
  return globalForDb.handoffDb;
}

/** Makes `getDatabase()` answer with this handle (tests that call route handlers directly). */
export function setProcessDatabase(handle: DatabaseHandle): void {
  globalForDb.handoffDb = handle;
}
