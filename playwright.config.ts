import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./e2e/launch";

const port = Number(process.env.E2E_PORT ?? 3100);
// Shared by the test server and the test workers (they inherit this process's environment), so
// only these tests can call the server's seeding endpoint (see e2e/fixtures.ts).
process.env.TEST_SEED_TOKEN ??= randomBytes(24).toString("hex");
// On the PostgreSQL server, a second instance on the same database (e2e/several-instances.spec.ts).
const secondPort = process.env.DATABASE_URL ? port + 1 : undefined;
if (secondPort) process.env.E2E_SECOND_URL = `http://127.0.0.1:${secondPort}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // No retries anywhere: a flaky test must show, not pass on its second try.
  retries: 0,
  workers: 2,
  // Room for a small machine shared with other work (a journey takes 5–20 s alone, over a
  // minute under heavy load); a stuck one still fails.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // A production build on a database of its own (see the script).
    command: "TSX_TSCONFIG_PATH=tsconfig.scripts.json npx tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${port}/login`,
    env: {
      PORT: String(port),
      APP_ENV: "test",
      // The admin spec delivers webhooks to a receiver on this machine.
      WEBHOOK_ALLOW_PRIVATE_HOSTS: "true",
      TEST_SEED_TOKEN: process.env.TEST_SEED_TOKEN,
      // A small proof limit, so the oversized-photo check needs no large file in the browser.
      PROOF_MAX_BYTES: String(256 * 1024),
      ...(secondPort ? { E2E_SECOND_PORT: String(secondPort) } : {}),
    },
    // The first run builds the portal, which takes minutes on a small machine.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
