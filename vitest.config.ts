import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Outside Next, the marker for server-only modules is a no-op.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["{server,db,app,scripts,lib}/**/*.test.ts"],
    globalSetup: ["db/testing/global-setup.ts"],
    // One database per worker, shared by the files it runs (opening PGlite costs ~1 s).
    pool: "threads",
    isolate: false,
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Tests deliver webhooks to a receiver on this machine.
    env: { APP_ENV: "test", WEBHOOK_ALLOW_PRIVATE_HOSTS: "true" },
  },
});
