import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createParcel, createUser, createWorld } from "@/db/factories";
import { testDatabase } from "@/db/testing/database";
import { loadUserActor } from "../auth/load-actor";
import { type ParcelSearchInput, parcelSearchSchema } from "./schemas";
import { searchParcels } from "./search";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let away: Awaited<ReturnType<typeof createWorld>>;
/** A name no other test's parcels carry, so an admin's search (every region) finds only these. */
const name = `Marguerite ${randomUUID().slice(0, 8)}`;
let ours: { trackingId: string }[];
let theirs: { trackingId: string };

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  away = await createWorld(db);
  ours = [];
  // Announced an hour apart, the newest last; the mall store is on Phoenix time (UTC−7), the rural one on Chicago's (UTC−6).
  for (let i = 0; i < 27; i++) {
    ours.push(
      await createParcel(db, i % 2 ? world.ruralStore : world.mallStore, {
        recipientName: `${name} No${String(i).padStart(2, "0")}`,
        announcedAt: new Date(Date.UTC(2026, 10, 20, 12 + i)),
      }),
    );
  }
  theirs = await createParcel(db, away.mallStore, { recipientName: `${name} Away` });
});

const search = async (input: ParcelSearchInput, who = world.manager.id) =>
  searchParcels({ db, actor: (await loadUserActor({ db, userId: who }))!, ...parcelSearchSchema.parse(input) });

describe("searching parcels", () => {
  it("finds recipients by part of the name in any case, newest first, 25 a page", async () => {
    const first = await search({ q: name.toUpperCase() });
    expect(first).toMatchObject({ total: 27, page: 1, pageCount: 2, size: 25 });
    expect(first.rows[0]!.trackingId).toBe(ours[26]!.trackingId);
    const second = await search({ q: name, page: 2 });
    const all = [...first.rows, ...second.rows].map((r) => r.trackingId);
    expect(all).toEqual([...ours].reverse().map((p) => p.trackingId));
    // Beyond the last page, the last page answers.
    expect((await search({ q: name, page: 9 })).page).toBe(2);
  });

  it("never shows another region's parcel, even for the same recipient name", async () => {
    const found = (await search({ q: `${name} Away` })).total;
    expect(found).toBe(0);
    expect((await search({ q: theirs.trackingId })).total).toBe(0);
    expect((await search({ q: `${name} Away` }, away.manager.id)).rows.map((r) => r.trackingId)).toEqual([
      theirs.trackingId,
    ]);
    // Store people see their own store's parcels only.
    const staff = await search({ q: name }, world.staff.id);
    expect(staff.total).toBe(14);
    expect(staff.rows.every((r) => r.partnerCode === world.mallStore.code)).toBe(true);
    // An admin sees every region.
    const admin = await createUser(db, "admin");
    expect((await search({ q: name }, admin.id)).total).toBe(28);
  });

  it("matches a tracking ID whole, in any letter case", async () => {
    const target = ours[3]!.trackingId;
    const found = await search({ q: `  ${target.toLowerCase()} ` });
    expect(found.rows.map((r) => r.trackingId)).toEqual([target]);
    expect((await search({ q: target.slice(0, -1) })).total).toBe(0);
  });

  it("takes % and _ literally", async () => {
    const odd = await createParcel(db, world.mallStore, { recipientName: `100%_${name}` });
    expect((await search({ q: `100%_${name.slice(0, 5)}` })).rows.map((r) => r.trackingId)).toEqual([odd.trackingId]);
    expect((await search({ q: `1_0%${name.slice(0, 5)}` })).total).toBe(0);
  });

  it("finds parcels announced or handed on during the partner's local day", async () => {
    // Each in its own store's day: up to 05:59 UTC on the 21st in Chicago (odd ones to 17), 06:59 in Phoenix (even to 18).
    const onThe20th = await search({ q: name, date: "2026-11-20" });
    expect(onThe20th.total).toBe(19);
    const onThe21st = await search({ q: name, date: "2026-11-21" });
    expect(onThe21st.total).toBe(8);
    // Announced on the 20th, picked up on the 22nd (local): found on either day.
    const handedOn = await createParcel(db, world.mallStore, {
      recipientName: `${name} Later`,
      status: "picked_up",
      announcedAt: new Date("2026-11-20T18:00:00Z"),
      pickedUpAt: new Date("2026-11-23T03:00:00Z"),
    });
    expect((await search({ date: "2026-11-22" })).rows.map((r) => r.trackingId)).toContain(handedOn.trackingId);
    expect((await search({ q: `${name} Later`, date: "2026-11-20" })).total).toBe(1);
    expect((await search({ q: `${name} Later`, date: "2026-11-23" })).total).toBe(0);
  });

  it("refuses a search with nothing to search by, or junk", () => {
    const messages = (input: unknown) => {
      const result = parcelSearchSchema.safeParse(input);
      return result.success ? [] : result.error.issues.map((i) => i.message);
    };
    expect(messages({})).toEqual(["Enter a tracking ID, a recipient's name or a date to search by."]);
    expect(messages({ q: "   " })).toEqual(["Enter a tracking ID or part of a recipient's name."]);
    expect(messages({ q: "x".repeat(101) })).toEqual(["Use at most 100 characters."]);
    expect(messages({ date: "2026-02-30" })).toHaveLength(1);
    expect(messages({ q: "a", page: 0 })).toHaveLength(1);
    expect(messages({ q: "a", extra: 1 })).toHaveLength(1);
    expect(messages({ date: "2026-11-20" })).toEqual([]);
  });
});
