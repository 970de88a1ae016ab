/**
 * `npm run db:seed`: migrates the database named by the environment (DATABASE_URL, or the
 * embedded PGlite in DATA_DIR) and seeds the demo network when the database is empty and the
 * portal is not in production mode.
 *
 * `npm run db:seed -- --scale 500`: adds 500 benchmark partners × 365 days (~5M parcels) on a
 * PostgreSQL server. PGlite has no lock between processes: run this while the app is stopped.
 */
import { parseArgs } from "node:util";
import { getDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoUnlessProduction } from "@/db/seed/prepare";
import { seedScale } from "@/db/seed/scale";
import { rollUpEverything } from "@/server/domain/performance/rollup";
import { env } from "@/server/env";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { scale: { type: "string" }, days: { type: "string" } } });
  const scale = values.scale === undefined ? undefined : Number(values.scale);
  const days = values.days === undefined ? 365 : Number(values.days);
  if (scale !== undefined && !(Number.isInteger(scale) && scale > 0 && scale <= 9999)) {
    console.error("--scale takes a number of partners from 1 to 9999");
    return 2;
  }
  if (!(Number.isInteger(days) && days > 1 && days <= 999)) {
    console.error("--days takes a number of days from 2 to 999");
    return 2;
  }
  if (scale !== undefined && !env.DATABASE_URL) {
    console.error("--scale needs a PostgreSQL server: set DATABASE_URL (the embedded database is too small for it)");
    return 2;
  }

  const handle = await getDatabase();
  try {
    await migrateDatabase(handle);
    if (scale !== undefined) {
      console.log(`Seeding ${scale} partners × ${days} days…`);
      const result = await seedScale(handle.sql!, { partners: scale, days, onProgress: (msg) => console.log(msg) });
      console.log(`Done: ${result.parcels.toLocaleString("en-US")} parcels in ${result.seconds} s`);
      const rollupStarted = performance.now();
      const partners = await rollUpEverything({ db: handle.db });
      console.log(
        `Rolled up ${partners} partners' figures in ${((performance.now() - rollupStarted) / 1000).toFixed(1)} s`,
      );
      return 0;
    }
    const started = performance.now();
    const outcome = await seedDemoUnlessProduction({ db: handle.db, appEnv: env.APP_ENV });
    if (!outcome.seeded) {
      console.log(
        outcome.reason === "production"
          ? "Not seeding demo data: APP_ENV is production."
          : "Not seeding demo data: the database already has users.",
      );
      return 0;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Seeded the demo in ${seconds} s:`, outcome.summary);
    return 0;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
