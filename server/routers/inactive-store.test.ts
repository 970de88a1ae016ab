import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createWorld } from "@/db/factories";
import { testDatabase } from "@/db/testing/database";
import { createCaller } from "@/server/trpc/root";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
});

const as = (user: { id: string; role: "store_staff" | "store_owner" | "regional_manager" | "admin" }) =>
  createCaller({ db, headers: new Headers(), sessionUser: { id: user.id, role: user.role } });

describe("a deactivated store", () => {
  it("accepts no store action, and its people see that it is inactive", async () => {
    const ready = await createParcel(db, world.mallStore);
    const atStore = await createParcel(db, world.ruralStore, { status: "at_store" });
    const drop = await createArrival(db, world.ruralStore, { kind: "dropoff" });
    await as(world.manager).partners.setActive({ code: world.mallStore.code, active: false });
    await as(world.manager).partners.setActive({ code: world.ruralStore.code, active: false });

    const staff = as(world.staff);
    const owner = as(world.owner);
    const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const refusals = [
      staff.parcels.markReady({ trackingId: ready.trackingId }),
      staff.parcels.markManyReady({ trackingIds: [ready.trackingId], ready: true }).then((r) => {
        if (!r.every((o) => !o.ok)) throw new Error("applied");
        return r;
      }),
      owner.deliveries.log({
        clientActionId: randomUUID(),
        trackingId: atStore.trackingId,
        outcome: "failed",
        failureReason: "recipient_unavailable",
        tappedAt: new Date(),
      }),
      owner.deliveries.scanIn({ arrivalId: drop.id, trackingId: atStore.trackingId }),
      owner.deliveries.completeCheckIn({ arrivalId: drop.id }),
      owner.partners.addClosureDay({ code: world.ruralStore.code, day }),
    ];
    const settled = await Promise.allSettled(refusals);
    for (const [i, outcome] of settled.entries()) {
      if (i === 1) {
        expect(outcome).toMatchObject({ status: "fulfilled" });
        continue;
      }
      expect(outcome, String(i)).toMatchObject({
        status: "rejected",
        reason: { code: "FORBIDDEN", message: expect.stringMatching(/is inactive/) },
      });
    }
    const today = await owner.partners.today({ code: world.ruralStore.code });
    expect(today.partner.active).toBe(false);
    expect(today.countsByStatus).toMatchObject({ at_store: 1 });
  });
});
