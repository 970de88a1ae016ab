import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { createApiKey, createWorld } from "@/db/factories";
import { apiKeys, apiRateWindows, carriers } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { AppError } from "@/server/errors";
import { CarrierKeyCache } from "./carrier-key-cache";

let handle: DatabaseHandle;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  handle = await testDatabase();
  world = await createWorld(handle.db);
});

const bearer = (key: string) =>
  new Request("http://portal.test/api/v1/partners", { headers: { authorization: `Bearer ${key}` } });

/** What one request on the key is answered: the carrier, or the refusal's reason. */
async function answer(cache: CarrierKeyCache, key: string, limit: number, now: Date) {
  try {
    return await cache.authenticate(bearer(key), limit, now);
  } catch (error) {
    if (error instanceof AppError) return error.reason;
    throw error;
  }
}

/**
 * Asks until `done` holds for the answer; gives up after `withinMs`. Asked every 100 ms, the key
 * is asked fewer times in a second than one instance counts ahead, so only the database's notice
 * can change the answer that soon.
 */
async function eventually<T>(ask: () => Promise<T>, done: (answer: T) => boolean, withinMs = 1_000): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const result = await ask();
    if (done(result) || Date.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function windowCount(keyId: string, windowStart: Date) {
  const [row] = await handle.db
    .select({ count: apiRateWindows.count })
    .from(apiRateWindows)
    .where(and(eq(apiRateWindows.keyId, keyId), eq(apiRateWindows.windowStart, windowStart)));
  return row?.count ?? 0;
}

describe("the carrier keys of one instance", () => {
  it("answers exactly the limit in a window, one request after another, and says when to retry", async () => {
    const cache = new CarrierKeyCache(handle);
    await cache.ready();
    const created = await createApiKey(handle.db, world.carrier.id);
    const now = new Date("2026-11-24T15:00:20Z");
    const answers = [];
    for (let i = 0; i < 60; i++) answers.push(await answer(cache, created.key, 45, now));
    expect(answers.filter((a) => typeof a === "object")).toHaveLength(45);
    expect(answers.slice(45)).toEqual(Array(15).fill("rate_limited"));
    expect(answers[0]).toMatchObject({ kind: "carrier", carrierId: world.carrier.id, keyId: created.id });
    const refused = await cache.authenticate(bearer(created.key), 45, now).catch((e: unknown) => e);
    expect(refused).toMatchObject({ reason: "rate_limited", retryAfterSeconds: 40 });
    // A new minute, a new window.
    expect(await answer(cache, created.key, 45, new Date("2026-11-24T15:01:00Z"))).toMatchObject({ kind: "carrier" });
  });

  it("counts a burst on one key once per lease, never past the limit", async () => {
    const cache = new CarrierKeyCache(handle);
    await cache.ready();
    const created = await createApiKey(handle.db, world.carrier.id);
    const now = new Date("2026-11-24T15:10:05Z");
    const answers = await Promise.all(Array.from({ length: 80 }, () => answer(cache, created.key, 50, now)));
    expect(answers.filter((a) => typeof a === "object")).toHaveLength(50);
    expect(answers.filter((a) => a === "rate_limited")).toHaveLength(30);

    // Far from its limit, a key's requests are counted ahead: the window holds more than was asked.
    const roomy = await createApiKey(handle.db, world.carrier.id);
    await Promise.all(Array.from({ length: 5 }, () => answer(cache, roomy.key, 3000, now)));
    expect(await windowCount(roomy.id, new Date("2026-11-24T15:10:00Z"))).toBe(20);
  });

  it("refuses an unknown key and a revoked key, and forgets a key once it is revoked", async () => {
    const cache = new CarrierKeyCache(handle);
    await cache.ready();
    const created = await createApiKey(handle.db, world.carrier.id);
    const now = new Date();
    expect(await answer(cache, "hk_not-a-key", 3000, now)).toBe("unauthorized");
    expect(await answer(cache, created.key, 3000, now)).toMatchObject({ keyId: created.id });
    // Served from what was counted ahead from here on: only the notice can change the answer.
    expect(await answer(cache, created.key, 3000, now)).toMatchObject({ keyId: created.id });
    await handle.db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, created.id));
    expect(
      await eventually(
        () => answer(cache, created.key, 3000, now),
        (a) => a === "unauthorized",
      ),
    ).toBe("unauthorized");
    const missing = await cache.authenticate(new Request("http://portal.test/"), 3000, now).catch((e: unknown) => e);
    expect(missing).toMatchObject({ reason: "unauthorized" });
  });

  it("answers with the carrier's new name once it is renamed", async () => {
    const cache = new CarrierKeyCache(handle);
    await cache.ready();
    const { carrier } = await createWorld(handle.db);
    const created = await createApiKey(handle.db, carrier.id);
    const now = new Date();
    expect(await answer(cache, created.key, 3000, now)).toMatchObject({ label: carrier.name });
    await handle.db.update(carriers).set({ name: "Renamed Express" }).where(eq(carriers.id, carrier.id));
    const renamed = await eventually(
      () => answer(cache, created.key, 3000, now),
      (a) => typeof a === "object" && a.label === "Renamed Express",
    );
    expect(renamed).toMatchObject({ label: "Renamed Express" });
  });
});

// Two instances are two processes with their own pools; PGlite is one process's own database.
describe.skipIf(!inject("testDatabaseUrl"))("two instances on one PostgreSQL database", () => {
  let other: DatabaseHandle;

  beforeAll(() => {
    other = openDatabase({ url: inject("testDatabaseUrl")!, max: 2 });
  });
  afterAll(() => other.close());

  it("share a key's limit: together they never answer more than it", async () => {
    const here = new CarrierKeyCache(handle);
    const there = new CarrierKeyCache(other);
    await Promise.all([here.ready(), there.ready()]);
    const created = await createApiKey(handle.db, world.carrier.id);
    const now = new Date("2026-11-24T15:20:30Z");
    const answers = await Promise.all(
      Array.from({ length: 120 }, (_, i) => answer(i % 2 ? here : there, created.key, 100, now)),
    );
    const answered = answers.filter((a) => typeof a === "object").length;
    expect(answered).toBeLessThanOrEqual(100);
    // Counts one instance leased and did not use are lost: at most a lease each.
    expect(answered).toBeGreaterThanOrEqual(100 - 2 * 12);
  });

  it("a key revoked through one is refused on the other within a second", async () => {
    const elsewhere = new CarrierKeyCache(other);
    await elsewhere.ready();
    const created = await createApiKey(handle.db, world.carrier.id);
    const now = new Date();
    expect(await answer(elsewhere, created.key, 3000, now)).toMatchObject({ keyId: created.id });
    expect(await answer(elsewhere, created.key, 3000, now)).toMatchObject({ keyId: created.id });
    await handle.db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, created.id));
    const startedMs = Date.now();
    expect(
      await eventually(
        () => answer(elsewhere, created.key, 3000, now),
        (a) => a === "unauthorized",
      ),
    ).toBe("unauthorized");
    expect(Date.now() - startedMs).toBeLessThan(1_000);
  });
});
