import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import superjson from "superjson";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createUser, createWorld } from "@/db/factories";
import { arrivalParcels, carriers, closureDays, deliveryAttempts, parcels } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { MAX_TRPC_BATCH } from "@/lib/trpc-limits";
import { handleTRPCRequest } from "./http";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
});

/** A POST as the tRPC client sends it; `raw` skips superjson, as a hand-made request would. */
async function mutate(path: string, user: { id: string; role: string }, input: unknown, raw = false) {
  const body = JSON.stringify(raw ? { json: input } : superjson.serialize(input));
  const req = new Request(`http://portal.test/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  const response = await handleTRPCRequest(req, () => ({
    db,
    headers: req.headers,
    sessionUser: { id: user.id, role: user.role as "store_owner" },
  }));
  return { status: response.status, body: await response.json() };
}

describe("hostile input on tRPC", () => {
  it("refuses a NUL byte in a tracking ID with a 400, not a 500", async () => {
    const res = await mutate("parcels.markReady", world.staff, { trackingId: "\u0000" });
    expect(res.status).toBe(400);
    expect(res.body.error.json.data.fieldErrors.trackingId).toEqual(["Remove the control characters."]);
  });

  it("refuses half a surrogate pair in a carrier's name with a 400 (it cannot be stored), creating nothing", async () => {
    const admin = await createUser(db, "admin");
    const before = await db.select({ n: count() }).from(carriers);
    const res = await mutate("admin.network.create", admin, { name: "\udc00x" });
    expect(res.status).toBe(400);
    expect(res.body.error.json.data.fieldErrors.name).toEqual(["The carrier name cannot contain control characters."]);
    expect(await db.select({ n: count() }).from(carriers)).toEqual(before);
  });

  it("refuses a NUL byte in a partner code or a name on the staff screens with a 400", async () => {
    const code = `${world.ruralStore.code}\u0000`;
    const removed = await mutate("staff.remove", world.owner, { partnerCode: code, userId: randomUUID() });
    expect(removed.status).toBe(400);
    expect(removed.body.error.json.data.fieldErrors.partnerCode).toEqual(["Remove the control characters."]);
    const invited = await mutate("staff.invite", world.owner, {
      partnerCode: world.ruralStore.code,
      email: "nul@test.example",
      name: "Ni\u0000na",
    });
    expect(invited.status).toBe(400);
    expect(invited.body.error.json.data.fieldErrors.name).toEqual(["Remove the control characters."]);
  });

  it("refuses dates that are not dates (null, false) instead of recording 1970", async () => {
    const parcel = await createParcel(db, world.ruralStore, { status: "at_store" });
    const logged = await mutate(
      "deliveries.log",
      world.owner,
      {
        clientActionId: randomUUID(),
        trackingId: parcel.trackingId,
        outcome: "failed",
        failureReason: "no_access",
        tappedAt: false,
      },
      true,
    );
    expect(logged.status).toBe(400);
    expect(logged.body.error.json.data.fieldErrors.tappedAt).toBeDefined();
    const [attempts] = await db
      .select({ n: count() })
      .from(deliveryAttempts)
      .where(eq(deliveryAttempts.parcelId, parcel.id));
    expect(attempts?.n).toBe(0);

    const drop = await createArrival(db, world.ruralStore, { windowStart: new Date(Date.now() - 600_000) });
    const announced = await createParcel(db, world.ruralStore);
    const scanned = await mutate(
      "deliveries.scanIn",
      world.owner,
      { arrivalId: drop.id, trackingId: announced.trackingId, scannedAt: null },
      true,
    );
    expect(scanned.status).toBe(400);
    const [lines] = await db
      .select({ n: count() })
      .from(arrivalParcels)
      .where(eq(arrivalParcels.parcelId, announced.id));
    expect(lines?.n).toBe(0);
    const [row] = await db.select({ status: parcels.status }).from(parcels).where(eq(parcels.id, announced.id));
    expect(row?.status).toBe("announced");
  });

  it("refuses closure days in year 0 or 9999 with a clear message", async () => {
    for (const day of ["0000-01-01", "9999-12-31"]) {
      const res = await mutate("partners.addClosureDay", world.owner, { code: world.ruralStore.code, day });
      expect(res.status).toBe(400);
      expect(res.body.error.json.data.fieldErrors.day).toEqual(["Use a date between 2000 and 2100."]);
    }
    const [row] = await db
      .select({ n: count() })
      .from(closureDays)
      .where(eq(closureDays.partnerId, world.ruralStore.id));
    expect(row?.n).toBe(0);
  });

  it(`refuses a batch of more than ${MAX_TRPC_BATCH} procedures with a 400`, async () => {
    const batch = (n: number) => {
      const paths = Array.from({ length: n }, () => "users.me").join(",");
      const input = Object.fromEntries(Array.from({ length: n }, (_, i) => [i, { json: null }]));
      const req = new Request(
        `http://portal.test/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`,
      );
      return handleTRPCRequest(req, () => ({
        db,
        headers: req.headers,
        sessionUser: { id: world.staff.id, role: world.staff.role },
      }));
    };
    expect((await batch(MAX_TRPC_BATCH)).status).toBe(200);
    const tooMany = await batch(MAX_TRPC_BATCH + 1);
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(await tooMany.json())).toMatch(/Batch call exceeds maximum size/);
  });
});
