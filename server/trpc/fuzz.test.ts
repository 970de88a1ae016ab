import fc from "fast-check";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createUser, createWorld } from "@/db/factories";
import { partners, users } from "@/db/schema";
import { privateTestDatabase } from "@/db/testing/database";
import { tableCounts } from "@/db/testing/table-counts";
import { rawBodyJunk, shapedJunk } from "@/server/testing/junk";
import { handleTRPCRequest } from "./http";
import { appRouter } from "./root";

/**
 * Every tRPC procedure (read from the router, so a new one joins automatically), as every role,
 * with generated junk: no answer is a 5xx, and a refused call changes no row.
 */

type Procedure = { _def: { type: "query" | "mutation" | "subscription"; inputs: z.ZodType[] } };
const procedures = Object.entries((appRouter._def as unknown as { procedures: Record<string, Procedure> }).procedures)
  .filter(([, p]) => p._def.type !== "subscription")
  .map(([path, p]) => ({ path, type: p._def.type as "query" | "mutation", input: p._def.inputs[0] }));

const MUTATION_RUNS = 6;
const QUERY_RUNS = 2;

let db: Db;
let dispose: () => Promise<void>;
let world: Awaited<ReturnType<typeof createWorld>>;
let roles: { name: string; user: { id: string; role: string } | null }[];
let real: string[];
const statuses = new Map<string, number>();
let calls = 0;

beforeAll(async () => {
  const own = await privateTestDatabase();
  db = own.db;
  dispose = own.dispose;
  world = await createWorld(db);
  const admin = await createUser(db, "admin");
  roles = [
    { name: "anonymous", user: null },
    { name: "store_staff", user: world.staff },
    { name: "store_owner", user: world.owner },
    { name: "regional_manager", user: world.manager },
    { name: "admin", user: admin },
  ];
  const pickup = await createArrival(db, world.mallStore);
  const drop = await createArrival(db, world.ruralStore, { windowStart: new Date(Date.now() - 3_600_000) });
  const mallParcel = await createParcel(db, world.mallStore, { dueArrivalId: pickup.id });
  const ruralParcel = await createParcel(db, world.ruralStore, { status: "at_store" });
  real = [
    world.mallStore.code,
    world.ruralStore.code,
    mallParcel.trackingId,
    ruralParcel.trackingId,
    pickup.id,
    drop.id,
    world.region.id,
    world.mall.id,
    world.carrier.id,
    world.staff.id,
    world.owner.id,
    "America/Chicago",
  ];
});

afterAll(async () => {
  const line = [...statuses.entries()].sort().map(([status, n]) => `${status}: ${n}`);
  console.log(
    `tRPC fuzz: ${calls} calls over ${procedures.length} procedures × ${roles.length} roles; ${line.join(", ")}`,
  );
  await dispose();
});

async function call(path: string, type: "query" | "mutation", user: { id: string; role: string } | null, body: string) {
  const url = new URL(`http://portal.test/api/trpc/${path}`);
  const request =
    type === "query"
      ? new Request(`${url}?input=${encodeURIComponent(body)}`)
      : new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const response = await handleTRPCRequest(request, () => ({
    db,
    headers: request.headers,
    sessionUser: user ? { id: user.id, role: user.role as "admin" } : null,
  }));
  const text = await response.text();
  return { status: response.status, text };
}

/** Undoes what a successful junk call may have switched off, so later calls still reach the domain. */
async function reactivate() {
  await db.update(users).set({ active: true });
  await db.update(partners).set({ active: true });
}

describe("fuzzed tRPC calls", () => {
  it.each(procedures.map((p) => [p.path, p] as const))(
    "%s answers junk from every role without a 5xx, changing nothing when it refuses",
    async (_path, procedure) => {
      const body = fc.oneof(
        {
          weight: 6,
          arbitrary: shapedJunk(procedure.input, real).map((value) => JSON.stringify(superjson.serialize(value))),
        },
        { weight: 1, arbitrary: rawBodyJunk },
      );
      const role = fc.constantFrom(...roles);
      const runs = (procedure.type === "mutation" ? MUTATION_RUNS : QUERY_RUNS) * roles.length;
      await fc.assert(
        fc.asyncProperty(role, body, async (who, text) => {
          const before = await tableCounts(db);
          const answer = await call(procedure.path, procedure.type, who.user, text);
          calls++;
          statuses.set(String(answer.status), (statuses.get(String(answer.status)) ?? 0) + 1);
          expect(answer.status, `${procedure.path} as ${who.name}: ${answer.text.slice(0, 300)}`).toBeLessThan(500);
          expect(answer.text).not.toContain("INTERNAL_SERVER_ERROR");
          if (answer.status >= 400) {
            expect(await tableCounts(db), `${procedure.path} refused but changed rows`).toEqual(before);
          } else {
            await reactivate();
          }
        }),
        { numRuns: runs },
      );
    },
    120_000,
  );
});
