import { rollUpEverything } from "@/server/domain/performance/rollup";
import type { Db } from "../client";
import { isDatabaseEmpty, type SeedSummary, seedDemo } from "./demo";

export type DemoSeedOutcome =
  | { seeded: true; summary: SeedSummary }
  | { seeded: false; reason: "production" | "not_empty" };

/**
 * Seeds the demo network into an empty database, never in production: the one gate used by
 * `npm start` and `npm run db:seed`.
 */
export async function seedDemoUnlessProduction(options: {
  db: Db;
  appEnv: "development" | "test" | "production";
}): Promise<DemoSeedOutcome> {
  if (options.appEnv === "production") return { seeded: false, reason: "production" };
  if (!(await isDatabaseEmpty(options.db))) return { seeded: false, reason: "not_empty" };
  const summary = await seedDemo(options.db);
  await rollUpEverything({ db: options.db });
  return { seeded: true, summary };
}
