import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../client";
import { createUser } from "../factories";
import { isDatabaseEmpty } from "./demo";
import { seedDemoUnlessProduction } from "./prepare";
import { freshDatabase } from "./test-database";

// Seeding fills whole tables, so this file gets a database of its own.
let handle: DatabaseHandle;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ handle, drop } = await freshDatabase());
});

afterAll(() => drop());

describe("seeding the demo on start", () => {
  it("never seeds in production, even into an empty database", async () => {
    const outcome = await seedDemoUnlessProduction({ db: handle.db, appEnv: "production" });
    expect(outcome).toEqual({ seeded: false, reason: "production" });
    expect(await isDatabaseEmpty(handle.db)).toBe(true);
  });

  it("leaves a database that already has people alone", async () => {
    await createUser(handle.db, "admin");
    expect(await seedDemoUnlessProduction({ db: handle.db, appEnv: "development" })).toEqual({
      seeded: false,
      reason: "not_empty",
    });
  });
});
