import "server-only";
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
  /**
   * LISTEN on a channel; resolves to a function that stops listening. `onListen` runs each time
   * listening (re)starts: notices sent while the connection was down are lost.
   */
  listen: (channel: string, onNotify: (payload: string) => void, onListen?: () => void) => Promise<() => Promise<void>>;
  close: () => Promise<void>;
};

export type DatabaseOptions =
  | { url: string; max?: number; statementTimeoutMs?: number }
  | { dataDir: string }
  /** In-memory PGlite, gone when closed (tests). */
  | { memory: true };

/** How long opening a connection to the PostgreSQL server may take. */
export const connectTimeoutSeconds = 2;

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  if ("url" in options) {
    const sql = postgres(options.url, {
      max: options.max ?? 10,
      onnotice: () => {},
      // An unreachable server fails fast (a 503) instead of holding requests for many seconds.
      connect_timeout: connectTimeoutSeconds,
      idle_timeout: 60,
      connection: {
        application_name: "handoff",
        statement_timeout: options.statementTimeoutMs ?? 15_000,
        lock_timeout: 5_000,
        idle_in_transaction_session_timeout: 30_000,
      },
    });
    const db = drizzlePostgres(sql, { schema, casing: "snake_case" }) as unknown as Db;
    const listen = async (channel: string, onNotify: (payload: string) => void, onListen?: () => void) => {
      const { unlisten } = await sql.listen(channel, onNotify, onListen);
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
  const listen = async (channel: string, onNotify: (payload: string) => void, onListen?: () => void) => {
    const unlisten = await client.listen(channel, onNotify);
    onListen?.();
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
      ? openDatabase({ url: env.DATABASE_URL, statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS })
      : openDatabase({ dataDir: pgliteDir(env.DATA_DIR) });
  }
  return globalForDb.handoffDb;
}

/**
 * Makes `getDatabase()` answer with this handle (tests that call route handlers directly), or
 * opens its own again when `undefined`. Returns the handle it replaces, to put it back.
 */
export function setProcessDatabase(handle: DatabaseHandle | undefined): DatabaseHandle | undefined {
  const previous = globalForDb.handoffDb;
  globalForDb.handoffDb = handle;
  return previous;
}
