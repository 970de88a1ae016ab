import { afterAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase, setProcessDatabase } from "@/db/client";
import { callApi } from "./testing/client";

let unreachable: DatabaseHandle | undefined;

afterAll(async () => {
  await unreachable?.close();
});

describe("health when the database is unreachable", () => {
  it("answers 503 within about 2 seconds, and other calls 503 too", async () => {
    // Port 9 (discard) is closed on this machine: connecting is refused.
    unreachable = openDatabase({ url: "postgres://postgres@127.0.0.1:9/handoff" });
    setProcessDatabase(unreachable);
    const started = performance.now();
    const health = await callApi("GET", "/api/v1/health");
    const elapsed = performance.now() - started;
    expect(health).toMatchObject({ status: 503, body: { error: { code: "unavailable" } } });
    // Generous: the point is "soon", not a hang of many seconds as before.
    expect(elapsed).toBeLessThan(5_000);
    expect(await callApi("GET", "/api/v1/partners", { key: "demo-carrier-key" })).toMatchObject({ status: 503 });
  });
});
