/**
 * `npm start`: migrates the database, seeds demo data into an empty non-production database,
 * builds when the sources changed since the last build, then serves on PORT (and HOSTNAME when set).
 * `--dev` runs the development server instead of a production build.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openDatabase, pgliteDir } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoUnlessProduction } from "@/db/seed/prepare";
import { env } from "@/server/env";

const dev = process.argv.includes("--dev");
const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
const serwistBin = path.join("node_modules", "@serwist", "cli", "cli.js");
const nextEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  // Zero-setup default: a secret generated once and kept beside the embedded database.
  const file = path.join(env.DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(env.DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function prepareDatabase() {
  const started = performance.now();
  const handle = env.DATABASE_URL
    ? openDatabase({ url: env.DATABASE_URL, max: 2 })
    : openDatabase({ dataDir: pgliteDir(env.DATA_DIR) });
  try {
    await migrateDatabase(handle);
    const outcome = await seedDemoUnlessProduction({ db: handle.db, appEnv: env.APP_ENV });
    if (outcome.seeded) {
      const { summary } = outcome;
      console.log(
        `Seeded the demo: ${summary.partners} partners, ${summary.parcels} parcels, ${summary.events} events.`,
      );
    }
  } finally {
    // PGlite allows one owner at a time: the server opens it next.
    await handle.close();
  }
  console.log(`Database (${handle.kind}) ready in ${Math.round(performance.now() - started)} ms.`);
}

const buildInputs = [
  "app",
  "lib",
  "server",
  "db",
  "public",
  "proxy.ts",
  "next.config.mjs",
  "serwist.config.mjs",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
];
const fingerprintFile = path.join(".next", "handoff-source-fingerprint");
// Written by the build itself, so they must not count as changed sources.
const generatedFiles = new Set([path.join("public", "sw.js"), path.join("public", "sw.js.map")]);

/** A hash of the sources' paths, sizes and modification times. */
function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    if (!existsSync(entry)) return;
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      for (const child of readdirSync(entry).sort()) visit(path.join(entry, child));
    } else if (!entry.endsWith(".test.ts") && !generatedFiles.has(entry)) {
      hash.update(`${entry}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  for (const input of buildInputs) visit(input);
  return hash.digest("hex");
}

function buildIfNeeded() {
  const fingerprint = sourceFingerprint();
  const built = existsSync(path.join(".next", "BUILD_ID")) && existsSync(fingerprintFile);
  if (built && readFileSync(fingerprintFile, "utf8") === fingerprint) return;
  console.log("Building the portal…");
  for (const step of [
    [nextBin, "build"],
    [serwistBin, "build", "serwist.config.mjs"],
  ]) {
    const result = spawnSync(process.execPath, step, { stdio: "inherit", env: nextEnv });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  writeFileSync(fingerprintFile, fingerprint);
}

await prepareDatabase();
if (!dev) buildIfNeeded();

const hostnameArgs = env.HOSTNAME ? ["--hostname", env.HOSTNAME] : [];
/**
 * A larger young generation for the production server: rendering a page allocates many
 * short-lived objects, and with V8's default (16 MB semi-spaces) a quarter of a busy server's
 * time went to scavenges (decision 017). About 100 MB more memory.
 */
const productionNodeFlags = ["--max-semi-space-size=64"];

// Production runs the portal's own server (scripts/serve.ts); development, Next's.
const serverArgs = dev
  ? [nextBin, "dev", "--port", String(env.PORT), ...hostnameArgs]
  : [...productionNodeFlags, "--import", "tsx", path.join("scripts", "serve.ts")];
const server = spawn(process.execPath, serverArgs, {
  stdio: "inherit",
  env: { ...nextEnv, ...(dev ? {} : { NODE_ENV: "production" }), AUTH_SECRET: authSecret(), AUTH_TRUST_HOST: "true" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
