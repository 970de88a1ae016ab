/**
 * The end-to-end tests' server: `npm start` on a fresh database of its own — a new database
 * on the PostgreSQL server when DATABASE_URL is set (dropped on exit), otherwise a new
 * embedded database folder — so it seeds the demo data and never touches your own.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";

const serverUrl = process.env.DATABASE_URL;
const childEnv: NodeJS.ProcessEnv = { ...process.env };
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

const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { stdio: "inherit", env: childEnv });
let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  stopping = true;
  server.kill(signal);
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
server.on("exit", async (code) => {
  await cleanup().catch((error) => console.error("could not drop the e2e database", error));
  process.exit(stopping ? 0 : (code ?? 1));
});
