/** `npm run db:migrate`: applies pending migrations to the configured database. */
import { getDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

const started = performance.now();
const handle = await getDatabase();
await migrateDatabase(handle);
await handle.close();
console.log(`Database (${handle.kind}) is up to date in ${Math.round(performance.now() - started)} ms.`);
