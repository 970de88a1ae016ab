import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createParcel, createPartner, createUser, createWorld } from "@/db/factories";
import { testDatabase } from "@/db/testing/database";
import { localDayBounds, localDayOf } from "@/lib/local-day";
import { loadUserActor } from "../auth/load-actor";
import { partnersWithTodayCounts } from "./queries";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
});

describe("a manager's partners with today's counts", () => {
  it("counts parcels in hand and those handed on since the partner's own local midnight", async () => {
    // A day ahead of UTC: its "today" starts hours before the server's.
    const timeZone = "Pacific/Kiritimati";
    const partner = await createPartner(db, { regionId: world.region.id, carrierId: world.carrier.id }, { timeZone });
    const { start } = localDayBounds(localDayOf(new Date(), timeZone), timeZone);
    const minute = 60_000;
    for (const status of ["announced", "ready", "at_store", "out_for_delivery", "attempted"] as const) {
      await createParcel(db, partner, { status });
    }
    await createParcel(db, partner, { status: "delivered", statusChangedAt: new Date(start.getTime() + minute) });
    await createParcel(db, partner, { status: "picked_up", statusChangedAt: new Date(start.getTime() + 2 * minute) });
    // Yesterday, local time (though today in UTC for part of the day), and other final statuses.
    await createParcel(db, partner, { status: "delivered", statusChangedAt: new Date(start.getTime() - minute) });
    await createParcel(db, partner, { status: "returned", statusChangedAt: new Date(start.getTime() + minute) });
    await createParcel(db, partner, { status: "cancelled", statusChangedAt: new Date(start.getTime() + minute) });
    const quiet = await createPartner(db, { regionId: world.region.id, carrierId: world.carrier.id });

    const manager = await createUser(db, "regional_manager", { regionIds: [world.region.id] });
    const actor = (await loadUserActor({ db, userId: manager.id }))!;
    const rows = await partnersWithTodayCounts({ db, actor });
    const row = rows.find((r) => r.id === partner.id);
    expect(row).toMatchObject({ inHand: 5, handedOnToday: 2 });
    expect(rows.find((r) => r.id === quiet.id)).toMatchObject({ inHand: 0, handedOnToday: 0 });
  });

  it("lists no partner of another region", async () => {
    const other = await createUser(db, "regional_manager", { regionIds: [] });
    const actor = (await loadUserActor({ db, userId: other.id }))!;
    expect(await partnersWithTodayCounts({ db, actor })).toEqual([]);
  });
});
