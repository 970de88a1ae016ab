/**
 * `npm run chaos`: restarts the local PostgreSQL server while the production server takes a
 * steady stream of Carrier API writes, then checks that every acknowledged write is there.
 * On a throwaway database of the local server (loopback only), bounded in writes and time.
 * Restarting the server interrupts everyone using it: run it on a machine of your own or in CI.
 * Prints what /api/v1/health answered while the database was down, seconds to recovery, and
 * writes acknowledged vs rows found; exits non-zero when they differ or anything answered 5xx
 * other than 503. `npm run chaos -- --port 3290` picks the server's port.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import postgres from "postgres";
import { openDatabase } from "@/db/client";
import { createWorld } from "@/db/factories";
import { migrateDatabase } from "@/db/migrate";
import { apiKeys } from "@/db/schema";
import { DEMO_API_KEY } from "@/db/seed/world";
import { hashApiKey } from "@/server/domain/carriers/api-keys";
import { env } from "@/server/env";

const portArg = process.argv.indexOf("--port");
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 3290;
const base = `http://127.0.0.1:${port}`;
const maxWrites = 1_500;
const streamSeconds = 30;
const restartAtSeconds = 6;
const serverUrl = env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

if (!["127.0.0.1", "localhost", "[::1]"].includes(new URL(serverUrl).hostname)) {
  console.error("chaos restarts the PostgreSQL server: it runs only against one on this machine (loopback).");
  process.exit(2);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.now() / 1000;

// 1. A throwaway database with a carrier, its stores and the demo key.
const name = `handoff_chaos_${Date.now()}`;
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const setup = openDatabase({ url: url.toString(), max: 2 });
await migrateDatabase(setup);
const world = await createWorld(setup.db);
await setup.db
  .insert(apiKeys)
  .values({ carrierId: world.carrier.id, name: "chaos", prefix: "demo-car", keyHash: hashApiKey(DEMO_API_KEY) });
await setup.close();

// 2. The production server on it.
let server: ChildProcess | undefined;
async function cleanUp() {
  if (server?.pid && server.exitCode === null) {
    process.kill(-server.pid, "SIGTERM");
    await new Promise((resolve) => server?.once("exit", resolve));
  }
  await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
  await admin.end();
}

server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
  detached: true,
  stdio: ["ignore", "inherit", "inherit"],
  env: {
    ...process.env,
    DATABASE_URL: url.toString(),
    APP_ENV: "production",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    LOG_LEVEL: "warn",
  },
});

async function get(path: string, timeoutMs = 5_000) {
  const started = now();
  try {
    const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return { status: response.status, seconds: now() - started };
  } catch {
    return { status: 0, seconds: now() - started };
  }
}

const deadline = now() + 600;
while ((await get("/api/v1/health")).status !== 200) {
  if (now() > deadline || server.exitCode !== null) {
    console.error("The server did not come up.");
    await cleanUp();
    process.exit(1);
  }
  await sleep(1_000);
}

// 3. The stream, the health poller and the restart.
const runId = randomBytes(3).toString("hex").toUpperCase();
const acknowledged: string[] = [];
const statuses = new Map<number, number>();
let sent = 0;
const streamStart = now();
const streamEnd = streamStart + streamSeconds;

async function writer() {
  while (now() < streamEnd && sent < maxWrites) {
    const trackingId = `CHAOS-${runId}-${sent++}`;
    let status = 0;
    try {
      const response = await fetch(`${base}/api/v1/parcels/${trackingId}`, {
        method: "PUT",
        signal: AbortSignal.timeout(10_000),
        headers: { authorization: `Bearer ${DEMO_API_KEY}`, "content-type": "application/json" },
        body: JSON.stringify({
          partnerCode: world.ruralStore.code,
          flow: "local_delivery",
          serviceLevel: "two_day",
          promisedBy: new Date(Date.now() + 86_400_000).toISOString(),
          recipient: {
            name: "Chaos Recipient",
            address: { line1: "1 Main St", city: "Town", region: "AZ", postalCode: "85001", country: "US" },
            // At the store itself: inside any delivery radius.
            location: { lat: world.ruralStore.lat, lng: world.ruralStore.lng },
          },
        }),
      });
      status = response.status;
      await response.arrayBuffer();
    } catch {
      status = 0; // no answer (timed out or connection lost)
    }
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (status >= 200 && status < 300) acknowledged.push(trackingId);
    await sleep(25);
  }
}

const health: { at: number; status: number; seconds: number }[] = [];
async function healthPoller() {
  while (now() < streamEnd + 30) {
    const answer = await get("/api/v1/health", 5_000);
    health.push({ at: now() - streamStart, ...answer });
    if (now() > streamEnd && answer.status === 200) return;
    await sleep(250);
  }
}

async function restartDatabase() {
  await sleep(restartAtSeconds * 1000);
  const version = readdirSync("/etc/postgresql")[0]!;
  const started = now() - streamStart;
  // Not spawnSync: the stream and the health poller must keep going while it restarts.
  const child = spawn("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "restart"], { stdio: "inherit" });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { started, ended: now() - streamStart, ok: code === 0 };
}

const [, , restart] = await Promise.all([Promise.all([writer(), writer()]), healthPoller(), restartDatabase()]);

// 4. What the database holds, once it answers again.
const check = postgres(url.toString(), { max: 1, onnotice: () => {} });
const rows = await check<{ trackingId: string; events: number }[]>`
  select p.tracking_id as "trackingId", (select count(*)::int from events e where e.parcel_id = p.id) as events
  from parcels p where p.tracking_id like ${`CHAOS-${runId}-%`}`;
await check.end();
const found = new Set(rows.map((r) => r.trackingId));
const missing = acknowledged.filter((id) => !found.has(id));
const halfWritten = rows.filter((r) => r.events === 0).length;
const unacknowledgedButStored = rows.length - acknowledged.filter((id) => found.has(id)).length;

const down = health.filter((h) => h.status !== 200);
const firstDown = down[0];
const recovered = firstDown ? health.find((h) => h.at > firstDown.at && h.status === 200) : undefined;
const downAnswers = new Map<number, number>();
for (const h of down) downAnswers.set(h.status, (downAnswers.get(h.status) ?? 0) + 1);
const unexpected5xx = [...statuses].filter(([s]) => s >= 500 && s !== 503).reduce((n, [, c]) => n + c, 0);

// 5. Graceful stop: requests in flight finish, jobs stop, the pool closes.
const stopStarted = now();
await cleanUp();
const stopSeconds = now() - stopStarted;

const fmt = (n: number) => n.toFixed(1);
console.log("\n== chaos: PostgreSQL restarted during Carrier API writes");
console.log(`restart: ${restart.ok ? "done" : "FAILED"} from ${fmt(restart.started)} s to ${fmt(restart.ended)} s`);
console.log(
  `health while down: ${down.length} answers (${[...downAnswers].map(([s, c]) => `${s || "no answer"} × ${c}`).join(", ") || "none"}), slowest ${fmt(Math.max(0, ...down.map((h) => h.seconds)))} s`,
);
console.log(
  `recovery: ${firstDown ? (recovered ? `${fmt(recovered.at - firstDown.at)} s after health first failed` : "NEVER") : "health never failed"}`,
);
console.log(`writes: ${sent} sent; answers ${[...statuses].map(([s, c]) => `${s || "none"} × ${c}`).join(", ")}`);
console.log(
  `acknowledged (2xx): ${acknowledged.length}; rows found: ${rows.length}; acknowledged but missing: ${missing.length}; stored without an answer: ${unacknowledgedButStored}; half-written: ${halfWritten}`,
);
console.log(`server stopped (SIGTERM) in ${fmt(stopSeconds)} s`);

console.log(`health polls: ${health.length}`);
const failed =
  !restart.ok ||
  acknowledged.length === 0 ||
  missing.length > 0 ||
  halfWritten > 0 ||
  unexpected5xx > 0 ||
  (firstDown !== undefined && !recovered);
console.log(failed ? "chaos: FAILED" : "chaos: ok");
process.exit(failed ? 1 : 0);
