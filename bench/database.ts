import postgres from "postgres";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { isDatabaseEmpty, seedDemo } from "@/db/seed/demo";
import { seedScale } from "@/db/seed/scale";
import { refreshAllStats, rollUpEverything } from "@/server/domain/performance/rollup";
import type { BenchConfig } from "./config";
import { type Fixtures, people, type Who } from "./endpoints";

export type BenchData = {
  fixtures: Fixtures;
  parcels: number;
  events: number;
  partners: number;
  /** Partners the scale manager oversees (what partners.withTodayCounts lists). */
  managerPartners: number;
  /** Null when the data was already there. */
  seedMs: number | null;
  /** Time to roll up the whole history; null when the rollups were already there. */
  rollupMs: number | null;
};

/** The stores whose today the store users load: one of the demo, one of the scale seed. */
const STORE_CODE = "CHN-SUNDIAL";
const SCALE_STORE_CODE = "SC-0001";

/**
 * Creates, migrates and (once) seeds the bench database: demo data, then the scale data.
 * Seeding takes minutes, so a comment on the database records a finished seed and later runs
 * reuse it.
 */
export async function prepareDatabase(config: BenchConfig): Promise<BenchData> {
  const url = config.BENCH_DATABASE_URL;
  await createIfMissing(url);
  const handle = openDatabase({ url, max: 4 });
  const sql = handle.sql!;
  try {
    await migrateDatabase(handle);
    const marker = `handoff-bench scale=${config.BENCH_SCALE} days=${config.BENCH_DAYS}`;
    const [current] = await sql<{ marker: string | null }[]>`
      select shobj_description(oid, 'pg_database') as marker from pg_database where datname = current_database()`;
    let seedMs: number | null = null;
    if (current?.marker !== marker) {
      const [scale] = await sql`select 1 from partners where code like 'SC-%' limit 1`;
      if (scale) {
        const name = databaseName(url);
        throw new Error(
          `${name} holds scale data but not the marker "${marker}" (it has: ${current?.marker ?? "none"}): an ` +
            `interrupted seed, another scale, or seeded elsewhere. Drop it (psql -c 'drop database "${name}" with ` +
            "(force)') or point BENCH_DATABASE_URL elsewhere, and run again.",
        );
      }
      seedMs = await seed(handle, config);
      await sql.unsafe(`comment on database "${databaseName(url).replaceAll('"', '""')}" is '${marker}'`);
    }
    let rollupMs: number | null = null;
    const [rolled] = await sql`select 1 from partner_day_stats limit 1`;
    const [stale] = await sql`select 1 from stats_dirty limit 1`;
    if (!rolled || stale) {
      console.log("Rolling up the figures the data has no rollup for yet…");
      const started = performance.now();
      await (rolled ? refreshAllStats({ db: handle.db }) : rollUpEverything({ db: handle.db }));
      rollupMs = performance.now() - started;
      // As autovacuum would by the time anyone reads: the dashboard's index-only scans need it.
      await sql.unsafe("vacuum analyze partner_day_stats");
    }
    return { ...(await counts(sql)), fixtures: await pickFixtures(sql), seedMs, rollupMs };
  } finally {
    await handle.close();
  }
}

async function seed(handle: ReturnType<typeof openDatabase>, config: BenchConfig): Promise<number> {
  const started = performance.now();
  if (await isDatabaseEmpty(handle.db)) {
    console.log("Seeding the demo data…");
    const summary = await seedDemo(handle.db);
    console.log(`  ${summary.partners} partners, ${summary.parcels} parcels.`);
  }
  console.log(`Seeding the scale data: ${config.BENCH_SCALE} partners over ${config.BENCH_DAYS} days…`);
  await seedScale(handle.sql!, {
    partners: config.BENCH_SCALE,
    days: config.BENCH_DAYS,
    onProgress: (message) => console.log(`  ${message}`),
  });
  // seedScale analyzes; vacuum too, so the first measured reads do not set hint bits and
  // index-only scans do not wait for autovacuum.
  console.log("Vacuum…");
  await handle.sql!.unsafe("vacuum");
  const ms = performance.now() - started;
  console.log(`Seeded in ${(ms / 1000).toFixed(0)} s.`);
  return ms;
}

async function createIfMissing(url: string) {
  const name = databaseName(url);
  const server = new URL(url);
  server.pathname = "/postgres";
  const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
    if (!exists) {
      console.log(`Creating database ${name}…`);
      await admin.unsafe(`create database "${name.replaceAll('"', '""')}"`);
    }
  } finally {
    await admin.end();
  }
}

function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name) throw new Error(`BENCH_DATABASE_URL names no database: ${url}`);
  return name;
}

async function counts(sql: postgres.Sql) {
  const [row] = await sql<{ parcels: number; events: number; partners: number; managerPartners: number }[]>`
    select (select count(*) from parcels)::int as parcels,
           (select count(*) from events)::int as events,
           (select count(*) from partners)::int as partners,
           (select count(*) from partners p
              join region_memberships rm on rm.region_id = p.region_id
              join users u on u.id = rm.user_id
             where u.email = ${people.manager})::int as "managerPartners"`;
  return row!;
}

async function pickFixtures(sql: postgres.Sql): Promise<Fixtures> {
  const users = await sql<{ email: string; id: string }[]>`
    select email, id from users where email in ${sql(Object.values(people))}`;
  const userIds = {} as Record<Who, string>;
  for (const who of Object.keys(people) as Who[]) {
    const user = users.find((u) => u.email === people[who]);
    if (!user) throw new Error(`the bench database has no user ${people[who]}`);
    userIds[who] = user.id;
  }
  for (const [who, code] of [
    ["store", STORE_CODE],
    ["scaleStore", SCALE_STORE_CODE],
  ] as const) {
    const [member] = await sql`
      select 1 from partner_memberships m join partners p on p.id = m.partner_id
       where m.user_id = ${userIds[who]} and p.code = ${code}`;
    if (!member) throw new Error(`${people[who]} is not a member of ${code}`);
  }
  // A parcel of the manager's first partner announced a week ago: done, with its full history.
  const [parcel] = await sql<{ trackingId: string }[]>`
    select tracking_id as "trackingId" from parcels
     where partner_id = (select p.id from partners p
                           join region_memberships rm on rm.region_id = p.region_id
                          where rm.user_id = ${userIds.manager} order by p.code limit 1)
       and announced_at < now() - interval '7 days'
     order by announced_at desc limit 1`;
  if (!parcel) throw new Error(`no parcel in the regions of ${people.manager}`);
  return { storeCode: STORE_CODE, scaleStoreCode: SCALE_STORE_CODE, trackingId: parcel.trackingId, userIds };
}
