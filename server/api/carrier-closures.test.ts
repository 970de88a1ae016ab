import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, setProcessDatabase } from "@/db/client";
import { createApiKey, createWorld } from "@/db/factories";
import { arrivals, closureDays } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { formatterFor } from "@/lib/format";
import { addDays, localDayOf, zonedTimeToInstant } from "@/lib/local-day";
import { createCaller } from "@/server/trpc/root";
import { callApi } from "./testing/client";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
let key: string;
let closed: string;

beforeAll(async () => {
  const handle = await testDatabase();
  setProcessDatabase(handle);
  db = handle.db;
  world = await createWorld(db);
  key = (await createApiKey(db, world.carrier.id)).key;
  closed = addDays(localDayOf(new Date(), world.ruralStore.timeZone), 10);
  await db.insert(closureDays).values({ partnerId: world.ruralStore.id, day: closed, reason: "Family wedding" });
});

const local = (day: string, time: string) => zonedTimeToInstant(day, time, world.ruralStore.timeZone);

function dropoff(start: Date, partnerCode = world.ruralStore.code) {
  return {
    partnerCode,
    kind: "dropoff",
    windowStart: start.toISOString(),
    windowEnd: new Date(start.getTime() + 60 * 60_000).toISOString(),
    driver: { name: "Dana Driver" },
    parcels: [],
  };
}

async function arrivalCount(externalId: string) {
  const [row] = await db.select({ n: count() }).from(arrivals).where(eq(arrivals.externalId, externalId));
  return row?.n ?? 0;
}

describe("PUT /arrivals/{arrivalId}: drop-offs and closure days", () => {
  it("refuses a drop-off whose window starts on a closure day (local day) with 422 partner_closed", async () => {
    const arrivalId = `ARR-${randomUUID().slice(0, 12)}`;
    // 23:30 local on the closure day is already the next day in UTC: still refused.
    for (const start of [local(closed, "07:00"), local(closed, "23:30")]) {
      const res = await callApi("PUT", `/api/v1/arrivals/${arrivalId}`, { key, body: dropoff(start) });
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({
        code: "partner_closed",
        details: { partnerCode: world.ruralStore.code, day: closed },
      });
      expect(res.body.error.message).toContain(closed);
      expect(res.body.error.message).toContain("Family wedding");
    }
    expect(await arrivalCount(arrivalId)).toBe(0);

    // 23:30 the evening before is the closure day in UTC, but not locally: accepted.
    const before = await callApi("PUT", `/api/v1/arrivals/${arrivalId}`, {
      key,
      body: dropoff(local(addDays(closed, -1), "23:30")),
    });
    expect(before.status).toBe(201);
  });

  it("refuses moving a drop-off onto a closure day and keeps it where it was", async () => {
    const arrivalId = `ARR-${randomUUID().slice(0, 12)}`;
    const dayAfter = local(addDays(closed, 1), "07:00");
    expect((await callApi("PUT", `/api/v1/arrivals/${arrivalId}`, { key, body: dropoff(dayAfter) })).status).toBe(201);
    const moved = await callApi("PUT", `/api/v1/arrivals/${arrivalId}`, {
      key,
      body: dropoff(local(closed, "07:00")),
    });
    expect(moved.status).toBe(422);
    expect(moved.body.error.code).toBe("partner_closed");
    const current = await callApi("GET", `/api/v1/arrivals/${arrivalId}`, { key });
    expect(current.body.windowStart).toBe(dayAfter.toISOString());
    // Repeating the accepted PUT still changes nothing.
    expect((await callApi("PUT", `/api/v1/arrivals/${arrivalId}`, { key, body: dropoff(dayAfter) })).status).toBe(200);
  });

  it("lists partner_closed among the 422s of the OpenAPI document", async () => {
    const { body } = await callApi("GET", "/api/v1/openapi.json");
    expect(body.paths["/arrivals/{arrivalId}"].put.responses["422"].description).toContain("partner_closed");
  });
});

describe("closure days and scheduled drop-offs", () => {
  const asOwner = () =>
    createCaller({ db, headers: new Headers(), sessionUser: { id: world.owner.id, role: "store_owner" } });

  it("refuses closing a day that already has a drop-off, until the carrier moves it", async () => {
    const day = addDays(localDayOf(new Date(), world.ruralStore.timeZone), 20);
    const arrivalId = `ARR-${randomUUID().slice(0, 12)}`;
    await callApi("PUT", `/api/v1/arrivals/${arrivalId}`, { key, body: dropoff(local(day, "07:30")) });

    const code = world.ruralStore.code;
    await expect(asOwner().partners.addClosureDay({ code, day, reason: "Vacation" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: `A drop-off is scheduled on ${formatterFor("en-US").dayWithYear(day)} at 7:30 AM (Dana Driver). Ask the carrier to move it before closing that day.`,
    });
    expect((await asOwner().partners.closureDays({ code })).map((c) => c.day)).not.toContain(day);

    // The carrier moves it a day later: the day can be closed.
    await callApi("PUT", `/api/v1/arrivals/${arrivalId}`, { key, body: dropoff(local(addDays(day, 1), "07:30")) });
    await asOwner().partners.addClosureDay({ code, day, reason: "Vacation" });
    expect((await asOwner().partners.closureDays({ code })).map((c) => c.day)).toContain(day);
  });
});
