/**
 * `npm run admin:create -- --email you@example.com --name "Your Name"`: creates an administrator
 * and prints a one-time password, to stand up a new network on an empty database. Everything
 * else (carriers, keys, regions, malls, people, partners) is then done in the admin area.
 * With the embedded database, run it while the portal is stopped (PGlite has no lock between processes).
 */
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { getDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createAdminFromCommandLine } from "@/server/domain/people/bootstrap";
import { AppError } from "@/server/errors";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  if (!values.email || !values.name) {
    console.error('Usage: npm run admin:create -- --email you@example.com --name "Your Name"');
    return 2;
  }
  const handle = await getDatabase();
  try {
    await migrateDatabase(handle);
    const admin = await createAdminFromCommandLine({
      db: handle.db,
      input: { email: values.email, name: values.name },
    });
    console.log(`Administrator ${admin.email} created.`);
    console.log(`One-time password (shown once): ${admin.oneTimePassword}`);
    return 0;
  } catch (error) {
    if (error instanceof ZodError) console.error(error.issues.map((i) => i.message).join("\n"));
    else if (error instanceof AppError) console.error(error.message);
    else throw error;
    return 1;
  } finally {
    await handle.close();
  }
}

process.exitCode = await main();
