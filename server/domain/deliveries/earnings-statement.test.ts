import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createParcel, createPartner, createUser, createWorld } from "@/db/factories";
import { testDatabase } from "@/db/testing/database";
import { loadUserActor } from "../auth/load-actor";
import { monthlyStatement } from "./earnings-statement";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
});

describe("monthly earnings statement", () => {
  it("pays each delivered parcel on its local day, across the end of daylight saving", async () => {
    const store = await createPartner(
      db,
      { regionId: world.region.id, carrierId: world.carrier.id },
      { payRateCents: 265 },
    );
    const owner = (await loadUserActor({
      db,
      userId: (await createUser(db, "store_owner", { partnerIds: [store.id] })).id,
    }))!;
    // 23:30 CDT on Oct 31 and 00:30 CDT on Nov 1; 23:30 CST on Nov 30 (a 25-hour Nov 1 in between).
    for (const at of ["2026-11-01T04:30:00Z", "2026-11-01T05:30:00Z", "2026-12-01T05:30:00Z"]) {
      await createParcel(db, store, { status: "delivered", deliveredAt: new Date(at) });
    }
    await createParcel(db, store, { status: "attempted" });

    const november = await monthlyStatement({ db, actor: owner, partnerCode: store.code, month: "2026-11" });
    expect(november.days).toHaveLength(30);
    expect(november.days.find((d) => d.day === "2026-11-01")).toEqual({ day: "2026-11-01", parcels: 1, cents: 265 });
    expect(november.days.find((d) => d.day === "2026-11-30")).toEqual({ day: "2026-11-30", parcels: 1, cents: 265 });
    expect({ parcels: november.totalParcels, cents: november.totalCents }).toEqual({ parcels: 2, cents: 530 });

    const october = await monthlyStatement({ db, actor: owner, partnerCode: store.code, month: "2026-10" });
    expect(october.days.find((d) => d.day === "2026-10-31")).toEqual({ day: "2026-10-31", parcels: 1, cents: 265 });

    const other = (await loadUserActor({ db, userId: world.owner.id }))!;
    await expect(
      monthlyStatement({ db, actor: other, partnerCode: store.code, month: "2026-11" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
