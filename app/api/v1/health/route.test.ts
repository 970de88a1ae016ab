import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase, setProcessDatabase } from "@/db/client";
import { testDatabase } from "@/db/testing/database";
import { GET } from "./route";

describe("health", () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await testDatabase();
  });
  // Other files in this worker call route handlers on the run's database.
  afterAll(() => setProcessDatabase(database));

  it("answers ok while the database answers", async () => {
    setProcessDatabase(database);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers 503 in the error envelope when the database is unreachable", async () => {
    // Nothing listens on port 1: every connection is refused.
    const unreachable = openDatabase({ url: "postgres://postgres@127.0.0.1:1/handoff", max: 1 });
    setProcessDatabase(unreachable);
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ error: { code: "unavailable" } });
    } finally {
      await unreachable.close();
    }
  });
});
