import { randomBytes } from "node:crypto";
import { Logger, runMigrations } from "graphile-worker";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../client";
import { migrateDatabase } from "../migrate";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseUrl: string | null;
  }
}

/**
 * With DATABASE_URL set, the run gets a fresh database of its own on that server (dropped
 * afterwards), so tests never touch the database the URL names. Without it, each worker
 * uses an in-memory PGlite.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    project.provide("testDatabaseUrl", null);
    return;
  }
  const name = `handoff_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase({ url: url.toString(), max: 2 });
  await migrateDatabase(handle);
  await handle.close();
  // The job queue's schema, installed once before any test: a test that installs it while
  // another worker's tests enqueue jobs would see it half made.
  await runMigrations({ connectionString: url.toString(), logger: new Logger(() => () => {}) });
  project.provide("testDatabaseUrl", url.toString());

  return async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}
