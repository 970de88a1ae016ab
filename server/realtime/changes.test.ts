import { beforeAll, describe, expect, inject, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { createParcel, createWorld } from "@/db/factories";
import { testDatabase } from "@/db/testing/database";
import { loadUserActor } from "@/server/domain/auth/load-actor";
import { markReady } from "@/server/domain/parcels/store-actions";
import { changeFeed } from "./changes";

let handle: DatabaseHandle;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  handle = await testDatabase();
  world = await createWorld(handle.db);
});

async function firstNotice(feed: ReturnType<typeof changeFeed>, partnerIds: string[], act: () => Promise<unknown>) {
  const controller = new AbortController();
  const iterator = feed.changes(new Set(partnerIds), controller.signal)[Symbol.asyncIterator]();
  const next = iterator.next();
  // Let the LISTEN take hold before acting.
  await new Promise((resolve) => setTimeout(resolve, 200));
  await act();
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no notice within 2 s")), 2000));
  const result = await Promise.race([next, timeout]);
  controller.abort();
  return result.value;
}

describe("live change feed", () => {
  it("announces a committed change to the screens of that store", async () => {
    const parcel = await createParcel(handle.db, world.mallStore);
    const staff = (await loadUserActor({ db: handle.db, userId: world.staff.id }))!;
    const notice = await firstNotice(changeFeed(handle), [world.mallStore.id], () =>
      markReady({ db: handle.db, actor: staff, trackingId: parcel.trackingId }),
    );
    expect(notice).toMatchObject({ partnerId: world.mallStore.id, subject: "parcel", id: parcel.id });
  });

  it.runIf(inject("testDatabaseUrl"))("reaches another instance on the same database", async () => {
    // Two connections pools stand for two app instances.
    const otherInstance = openDatabase({ url: inject("testDatabaseUrl")!, max: 2 });
    try {
      const parcel = await createParcel(handle.db, world.mallStore);
      const staff = (await loadUserActor({ db: handle.db, userId: world.staff.id }))!;
      const notice = await firstNotice(changeFeed(otherInstance), [world.mallStore.id], () =>
        markReady({ db: handle.db, actor: staff, trackingId: parcel.trackingId }),
      );
      expect(notice).toMatchObject({ partnerId: world.mallStore.id, id: parcel.id });
    } finally {
      await otherInstance.close();
    }
  });
});
