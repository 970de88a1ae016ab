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
