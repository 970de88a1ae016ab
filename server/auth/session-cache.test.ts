import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { createUser, createWorld } from "@/db/factories";
import { users } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import type { UserActor } from "@/server/domain/actor";
import { loadUserActor } from "@/server/domain/auth/load-actor";
import { endSession, loadSession, startSession } from "@/server/domain/auth/sessions";
import { removeFromStore } from "@/server/domain/staff/staff";
import { SessionCache } from "./session-cache";

let handle: DatabaseHandle;
let world: Awaited<ReturnType<typeof createWorld>>;
let owner: UserActor;

beforeAll(async () => {
  handle = await testDatabase();
  world = await createWorld(handle.db);
  owner = (await loadUserActor({ db: handle.db, userId: world.owner.id }))!;
});

/** A store person of the rural store with a fresh session. */
async function signedInStaff() {
  const person = await createUser(handle.db, "store_staff", { partnerIds: [world.ruralStore.id] });
  const sessionId = await startSession({ db: handle.db, userId: person.id });
  return { userId: person.id, sessionId };
}

/** Asks `cache` until `done` holds for its answer; gives up after `withinMs`. */
async function eventually(
  cache: SessionCache,
  session: { userId: string; sessionId: string },
  done: (state: Awaited<ReturnType<SessionCache["load"]>>) => boolean,
  withinMs = 1_000,
) {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const state = await cache.load(session);
    if (done(state)) return state;
    if (Date.now() > deadline) return state;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the session cache of one instance", () => {
  it("answers as a fresh read does, and forgets a removed membership, a sign-out and a disabled account", async () => {
    const cache = new SessionCache(handle);
    await cache.ready();
    const session = await signedInStaff();
    const first = await cache.load(session);
    expect(first).toEqual(await loadSession({ db: handle.db, ...session }));
    expect(first?.actor.partnerIds).toEqual([world.ruralStore.id]);

    await removeFromStore({ db: handle.db, actor: owner, partnerCode: world.ruralStore.code, userId: session.userId });
    const after = await eventually(cache, session, (state) => state?.actor.partnerIds.length === 0);
    expect(after?.actor.partnerIds).toEqual([]);

    await endSession({ db: handle.db, sessionId: session.sessionId });
    expect(await eventually(cache, session, (state) => state === null)).toBeNull();

    const other = await signedInStaff();
    expect(await cache.load(other)).not.toBeNull();
    await handle.db.update(users).set({ active: false }).where(eq(users.id, other.userId));
    expect(await eventually(cache, other, (state) => state === null)).toBeNull();
  });

  it("never answers for a session id with another person's id", async () => {
    const cache = new SessionCache(handle);
    const a = await signedInStaff();
    const b = await signedInStaff();
    expect(await cache.load(a)).not.toBeNull();
    expect(await cache.load({ userId: b.userId, sessionId: a.sessionId })).toBeNull();
  });
});

// Two instances are two processes with their own pools; PGlite is one process's own database.
describe.skipIf(!inject("testDatabaseUrl"))("two instances on one PostgreSQL database", () => {
  let other: DatabaseHandle;

  beforeAll(() => {
    other = openDatabase({ url: inject("testDatabaseUrl")!, max: 2 });
  });
  afterAll(() => other.close());

  it("a membership removed through one is refused on the other within a second", async () => {
    const elsewhere = new SessionCache(other);
    await elsewhere.ready();
    const session = await signedInStaff();
    expect((await elsewhere.load(session))?.actor.partnerIds).toEqual([world.ruralStore.id]);
    // Served from the cache from here on: only the notice can change the answer.
    expect((await elsewhere.load(session))?.actor.partnerIds).toEqual([world.ruralStore.id]);

    await removeFromStore({ db: handle.db, actor: owner, partnerCode: world.ruralStore.code, userId: session.userId });
    const after = await eventually(elsewhere, session, (state) => state?.actor.partnerIds.length === 0);
    expect(after?.actor.partnerIds).toEqual([]);
  });

  it("a sign-out and a disabled account on one are refused on the other within a second", async () => {
    const elsewhere = new SessionCache(other);
    await elsewhere.ready();
    const a = await signedInStaff();
    const b = await signedInStaff();
    expect(await elsewhere.load(a)).not.toBeNull();
    expect(await elsewhere.load(b)).not.toBeNull();

    await endSession({ db: handle.db, sessionId: a.sessionId });
    await handle.db.update(users).set({ active: false }).where(eq(users.id, b.userId));
    expect(await eventually(elsewhere, a, (state) => state === null)).toBeNull();
    expect(await eventually(elsewhere, b, (state) => state === null)).toBeNull();
  });
});
