import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "@/db/client";
import { createWorld } from "@/db/factories";
import { testDatabase } from "@/db/testing/database";
import { appRouter } from "./root";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
});

function get(database: Db, path: string, input: unknown, headers = new Headers()) {
  const url = `http://portal.test/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(url),
    router: appRouter,
    createContext: () => ({
      db: database,
      headers,
      sessionUser: { id: world.staff.id, role: world.staff.role },
    }),
  });
}

describe("errors over HTTP", () => {
  it("a not-found answers 404 with a message and no data", async () => {
    const response = await get(db, "partners.get", { code: world.ruralStore.code });
    expect(response.status).toBe(404);
    const body = await response.json();
    expect(body.error.json.message).toBe("Partner not found.");
    expect(JSON.stringify(body)).not.toContain(world.ruralStore.name);
  });

  it("invalid input answers 400 with the message for each field", async () => {
    const response = await get(db, "parcels.get", { trackingId: "" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.json.data.fieldErrors.trackingId).toEqual(["Enter a tracking ID."]);
  });

  it("a store person who reads Spanish gets the message and each field's message in Spanish", async () => {
    const spanish = new Headers({ "accept-language": "es-MX,es;q=0.9" });
    const missing = await (await get(db, "partners.get", { code: world.ruralStore.code }, spanish)).json();
    expect(missing.error.json.message).toBe("No se encontró la tienda.");
    const response = await get(db, "parcels.get", { trackingId: "" }, spanish);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.json.message).toBe("Escribe un número de rastreo.");
    expect(body.error.json.data.fieldErrors.trackingId).toEqual(["Escribe un número de rastreo."]);
  });

  it("an unreachable database answers 503 with a clear message, never a 400 or a stack trace", async () => {
    const down = openDatabase({ url: "postgres://postgres@127.0.0.1:1/handoff", max: 1 });
    try {
      const response = await get(down.db, "partners.list", undefined);
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body.error.json.message).toMatch(/database is unreachable/);
      expect(body.error.json.data.stack ?? null).toBeNull();
      expect(JSON.stringify(body)).not.toContain("ECONNREFUSED");
    } finally {
      await down.close();
    }
  });
});
