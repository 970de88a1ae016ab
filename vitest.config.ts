import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["{server,db,app,scripts}/**/*.test.ts"],
    globalSetup: ["db/testing/global-setup.ts"],
    // One database per worker, shared by the files it runs (opening PGlite costs ~1 s).
    pool: "threads",
    isolate: false,
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    env: { APP_ENV: "test" },
  },
});
