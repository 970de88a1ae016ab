import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { inject } from "vitest";
import { type DatabaseHandle, openDatabase } from "../client";
import { migrateDatabase } from "../migrate";

/**
 * A migrated database of the test's own (seeds fill whole tables, so they cannot share the
 * run's database with other files): a new database on the run's server, or an in-memory PGlite.
 */
export async function freshDatabase(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  const serverUrl = inject("testDatabaseUrl");
  if (!serverUrl) {
    const handle = openDatabase({ memory: true });
    await migrateDatabase(handle);
    return { handle, drop: () => handle.close() };
  }
  const name = `handoff_seed_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase({ url: url.toString(), max: 4 });
  await migrateDatabase(handle);
  return {
    handle,
    drop: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
