/**
 * The end-to-end tests' server: `npm start` on a fresh database of its own — a new database
 * on the PostgreSQL server when DATABASE_URL is set (dropped on exit), otherwise a new
 * embedded database folder — so it seeds the demo data and never touches your own.
 * With E2E_SECOND_PORT (PostgreSQL only), a second instance of the same build serves the same
 * database on that port once the first is up, as several instances behind a load balancer do.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";

const serverUrl = process.env.DATABASE_URL;
const secondPort = serverUrl ? process.env.E2E_SECOND_PORT : undefined;
// One secret for every instance: a session cookie made by one is read by the other.
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
};
let cleanup = async () => {};

if (serverUrl) {
  const name = `handoff_e2e_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  childEnv.DATABASE_URL = url.toString();
  cleanup = async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
} else {
  const dataDir = path.join(".data", "e2e");
  rmSync(dataDir, { recursive: true, force: true });
  childEnv.DATA_DIR = dataDir;
}

const servers: ChildProcess[] = [];
let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  stopping = true;
  for (const server of servers) server.kill(signal);
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));

let exiting = false;
function start(env: NodeJS.ProcessEnv) {
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { stdio: "inherit", env });
  servers.push(server);
  server.on("exit", async (code) => {
    if (exiting) return;
    exiting = true;
    const asked = stopping;
    // One instance gone ends the run: stop the other too, then drop the database.
    stop("SIGTERM");
    await Promise.all(
      servers.map((s) => (s.exitCode === null && s.signalCode === null ? new Promise((r) => s.once("exit", r)) : null)),
    );
    await cleanup().catch((error) => console.error("could not drop the e2e database", error));
    process.exit(asked ? 0 : (code ?? 1));
  });
}

start(childEnv);
if (secondPort) {
  // After the first has migrated, seeded and built: the second only serves.
  const first = `http://127.0.0.1:${process.env.PORT}/login`;
  for (;;) {
    if (stopping) break;
    const ok = await fetch(first)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  if (!stopping) start({ ...childEnv, PORT: secondPort });
}
