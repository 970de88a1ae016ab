import { createServer, type Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setProcessDatabase } from "@/db/client";
import { testDatabase } from "@/db/testing/database";
import { answersDirectly, answerTRPC, maxTRPCBodyBytes } from "./node";

const fixed = [{ key: "X-Frame-Options", value: "DENY" }];
let server: Server;
let base: string;
/** What answering threw (serve.ts would log it and answer 500). */
const failures: unknown[] = [];
let previous: ReturnType<typeof setProcessDatabase>;

beforeAll(async () => {
  previous = setProcessDatabase(await testDatabase());
  server = createServer((req, res) => void answerTRPC(req, res, fixed).catch((error: unknown) => failures.push(error)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  setProcessDatabase(previous);
});

describe("tRPC answered by the production server itself", () => {
  it("takes known queries and mutations, leaving subscriptions, other methods and unknown paths to Next", () => {
    expect(answersDirectly("GET", "/api/trpc/users.me")).toBe(true);
    expect(answersDirectly("GET", "/api/trpc/users.me,partners.today")).toBe(true);
    expect(answersDirectly("POST", "/api/trpc/parcels.markReady")).toBe(true);
    expect(answersDirectly("GET", "/api/trpc/live.changes")).toBe(false);
    expect(answersDirectly("GET", "/api/trpc/users.me,live.changes")).toBe(false);
    expect(answersDirectly("GET", "/api/trpc/no.such")).toBe(false);
    expect(answersDirectly("OPTIONS", "/api/trpc/users.me")).toBe(false);
    expect(answersDirectly("GET", "/api/trpc/%E0%A4%A")).toBe(false);
    expect(answersDirectly("GET", "/parcels")).toBe(false);
  });

  it("answers a signed-out call 401 with its message and the fixed headers, compressed when asked", async () => {
    const response = await fetch(`${base}/api/trpc/users.me`, { headers: { "accept-encoding": "identity" } });
    expect(response.status).toBe(401);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("content-type")).toBe("application/json");
    expect((await response.json()).error.json.message).toBe("Please sign in.");
    const batch = Array.from({ length: 8 }, () => "users.me").join(",");
    const zipped = await fetch(`${base}/api/trpc/${batch}?batch=1&input={}`, {
      headers: { "accept-encoding": "gzip" },
    });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("vary")).toContain("Accept-Encoding");
    expect(await zipped.json()).toHaveLength(8);
  });

  it("reads a mutation from its body, refusing it 401 when signed out as through Next", async () => {
    const response = await fetch(`${base}/api/trpc/parcels.markReady`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { trackingId: 5 } }),
    });
    expect(response.status).toBe(401);
  });

  it("refuses an oversized body 413 without reading it, and goes on answering", async () => {
    const response = await fetch(`${base}/api/trpc/parcels.markReady`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { trackingId: "x".repeat(maxTRPCBodyBytes) } }),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error.json.message).toBe("The request is too large.");
    expect((await fetch(`${base}/api/trpc/users.me`)).status).toBe(401);
  });

  it("lets a client that drops its connection mid-body go without a failure", async () => {
    const { port } = new URL(base);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => {
        socket.write(
          'POST /api/trpc/parcels.markReady HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"json":',
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
      socket.on("error", reject);
    });
    // Once the server has let the connection go, whatever answering did has happened.
    for (let open = 1; open > 0; ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      open = await new Promise<number>((resolve) => server.getConnections((_, count) => resolve(count)));
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(failures).toEqual([]);
  });
});
