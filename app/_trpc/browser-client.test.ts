import { QueryClient } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createParcel, createWorld } from "@/db/factories";
import { parcels } from "@/db/schema";
import { testDatabase } from "@/db/testing/database";
import { MAX_TRPC_BATCH } from "@/lib/trpc-limits";
import { handleTRPCRequest } from "@/server/trpc/http";
import { appRouter } from "@/server/trpc/root";
import { createOptionsProxy, createTypedClient, createUntypedClient, TRPCClientError } from "./browser-client";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
});

/** The browser's client against the portal's real `/api/trpc` handler, signed in as `user`; it records each request. */
function clientFor(user: { id: string; role: string }) {
  const requests: { method: string; url: string }[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(new URL(String(input), "http://portal.test"), init);
    requests.push({ method: req.method, url: req.url });
    return handleTRPCRequest(req, () => ({
      db,
      headers: req.headers,
      sessionUser: { id: user.id, role: user.role as "store_staff" },
    }));
  };
  const untyped = createUntypedClient("/api/trpc", fetchImpl as typeof fetch);
  return { client: createTypedClient(untyped), options: createOptionsProxy(untyped), requests };
}

describe("the browser's tRPC client", () => {
  it("sends the queries of one moment in one request and gives each its own answer, dates as dates", async () => {
    const mine = await createParcel(db, world.mallStore);
    const other = await createParcel(db, world.mallStore);
    const { client, requests } = clientFor(world.staff);
    const [a, b] = await Promise.all([
      client.parcels.get.query({ trackingId: mine.trackingId }),
      client.parcels.get.query({ trackingId: other.trackingId }),
    ]);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe("GET");
    expect(a.trackingId).toBe(mine.trackingId);
    expect(b.trackingId).toBe(other.trackingId);
    expect(a.promisedBy).toBeInstanceOf(Date);
    expect(a.promisedBy?.getTime()).toBe(mine.promisedBy?.getTime());
  });

  it("refuses one call of a batch with the server's words and status, and answers the others", async () => {
    const mine = await createParcel(db, world.mallStore);
    const elsewhere = await createParcel(db, world.ruralStore);
    const { client } = clientFor(world.staff);
    const [ok, refused, invalid] = await Promise.allSettled([
      client.parcels.get.query({ trackingId: mine.trackingId }),
      client.parcels.get.query({ trackingId: elsewhere.trackingId }),
      client.parcels.markReady.mutate({ trackingId: "\u0000" }),
    ]);
    expect(ok.status).toBe("fulfilled");
    expect(refused.status).toBe("rejected");
    const notFound = (refused as PromiseRejectedResult).reason;
    expect(notFound).toBeInstanceOf(TRPCClientError);
    expect(notFound.data).toMatchObject({ code: "NOT_FOUND", httpStatus: 404 });
    const badInput = (invalid as PromiseRejectedResult).reason as TRPCClientError;
    expect(badInput.data?.httpStatus).toBe(400);
    expect(badInput.data?.fieldErrors).toEqual({ trackingId: ["Remove the control characters."] });
  });

  it("posts a mutation, which changes the parcel", async () => {
    const parcel = await createParcel(db, world.mallStore);
    const { client, requests } = clientFor(world.staff);
    await client.parcels.markReady.mutate({ trackingId: parcel.trackingId });
    expect(requests.map((r) => r.method)).toEqual(["POST"]);
    const [row] = await db.select({ status: parcels.status }).from(parcels).where(eq(parcels.id, parcel.id));
    expect(row?.status).toBe("ready");
  });

  it("splits more calls than one request may carry, answering all of them", async () => {
    const parcel = await createParcel(db, world.mallStore);
    const { client, requests } = clientFor(world.staff);
    const answers = await Promise.all(
      Array.from({ length: MAX_TRPC_BATCH * 2 + 1 }, () => client.parcels.get.query({ trackingId: parcel.trackingId })),
    );
    expect(requests).toHaveLength(3);
    expect(new Set(answers.map((a) => a.trackingId))).toEqual(new Set([parcel.trackingId]));
  });

  it("rejects without data when the network fails or the answer is not the portal's (so the outbox retries)", async () => {
    const offline = createTypedClient(
      createUntypedClient("/api/trpc", (async () => {
        throw new TypeError("Failed to fetch");
      }) as typeof fetch),
    );
    const proxyPage = createTypedClient(
      createUntypedClient(
        "/api/trpc",
        (async () => new Response("<html>Bad gateway</html>", { status: 502 })) as typeof fetch,
      ),
    );
    for (const client of [offline, proxyPage]) {
      const error = await client.parcels.get.query({ trackingId: "TRK1" }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TRPCClientError);
      expect((error as TRPCClientError).data).toBeUndefined();
    }
  });

  it("refuses a value it cannot send, without sending anything", async () => {
    const { client, requests } = clientFor(world.staff);
    await expect(client.parcels.get.query({ trackingId: 1n as unknown as string })).rejects.toThrow(
      "only plain data and dates can be sent",
    );
    expect(requests).toHaveLength(0);
  });

  it("makes the same query keys as the server's prefetch, so pages hydrate what the server fetched", () => {
    const { options } = clientFor(world.staff);
    const server = createTRPCOptionsProxy({
      router: appRouter,
      ctx: () => ({}) as never,
      queryClient: new QueryClient(),
    });
    const input = { partnerCode: world.mallStore.code, status: "at_store" as const };
    expect(options.parcels.queue.queryOptions(input).queryKey).toEqual(
      server.parcels.queue.queryOptions(input).queryKey,
    );
    expect(options.parcels.queue.queryKey(input)).toEqual(server.parcels.queue.queryKey(input));
    expect(options.parcels.queue.pathKey()).toEqual(server.parcels.queue.pathKey());
    expect(options.parcels.pathKey()).toEqual(server.parcels.pathKey());
    expect(options.parcels.markReady.mutationOptions().mutationKey).toEqual(
      server.parcels.markReady.mutationOptions().mutationKey,
    );
    const live = { partnerCodes: [world.mallStore.code] };
    expect(options.live.changes.subscriptionOptions(live).queryKey).toEqual(
      server.live.changes.subscriptionOptions(live).queryKey,
    );
  });

  it("runs a query's options through the client", async () => {
    const parcel = await createParcel(db, world.mallStore);
    const { options } = clientFor(world.staff);
    const queryClient = new QueryClient();
    const data = await queryClient.fetchQuery(options.parcels.get.queryOptions({ trackingId: parcel.trackingId }));
    expect(data.trackingId).toBe(parcel.trackingId);
  });
});
