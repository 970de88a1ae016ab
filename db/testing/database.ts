import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { inject } from "vitest";
import { type DatabaseHandle, openDatabase } from "../client";
import { migrateDatabase } from "../migrate";

let handle: Promise<DatabaseHandle> | undefined;

/** The test run's database: the run's own server database, or this worker's in-memory PGlite. */
export function testDatabase(): Promise<DatabaseHandle> {
  handle ??= (async () => {
    const url = inject("testDatabaseUrl");
    if (url) return openDatabase({ url, max: 25 });
    const memory = openDatabase({ memory: true });
    await migrateDatabase(memory);
    return memory;
  })();
  return handle;
}

/**
 * A database no other test file has written to or writes to while the caller runs: for tests
 * that compare whole-table counts. On PGlite a fresh in-memory one (the worker's own is shared by
 * the files it runs one after another, so an earlier file's rows would be counted); on the
 * server, a fresh database. `dispose` closes or drops it.
 */
export async function privateTestDatabase(): Promise<DatabaseHandle & { dispose: () => Promise<void> }> {
  const url = inject("testDatabaseUrl");
  if (!url) {
    const memory = openDatabase({ memory: true });
    await migrateDatabase(memory);
    return { ...memory, dispose: () => memory.close() };
  }
  const name = `${new URL(url).pathname.slice(1)}_own_${randomBytes(3).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  const handle = openDatabase({ url: own.toString(), max: 10 });
  await migrateDatabase(handle);
  return {
    ...handle,
    dispose: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
