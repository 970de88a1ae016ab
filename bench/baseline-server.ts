/**
 * The bare baseline: Node's plain `http` server answering each data endpoint with the same
 * domain call (hence the same SQL through postgres.js) the portal makes, as JSON. No Next.js,
 * no session, no tRPC; the actors are loaded once at start instead of per request.
 * Run by bench/run.ts with BENCH_DATABASE_URL, BENCH_BASELINE_PORT and BENCH_FIXTURES.
 */
import { createServer } from "node:http";
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { carriers } from "@/db/schema";
import type { CarrierActor, UserActor } from "@/server/domain/actor";
import { loadUserActor } from "@/server/domain/auth/load-actor";
import {
  type BaselineContext,
  baselinePath,
  endpoints,
  type Fixtures,
  people,
  SCALE_CARRIER,
  type Who,
} from "./endpoints";

const url = process.env.BENCH_DATABASE_URL;
const port = Number(process.env.BENCH_BASELINE_PORT);
const fixtures = JSON.parse(process.env.BENCH_FIXTURES ?? "null") as Fixtures | null;
if (!url || !port || !fixtures)
  throw new Error("baseline server: BENCH_DATABASE_URL, BENCH_BASELINE_PORT and BENCH_FIXTURES are required");

// The portal's pool size (openDatabase's default), so both wait on connections alike.
const { db, close } = openDatabase({ url });

const actors = {} as Record<Who, UserActor>;
for (const who of Object.keys(people) as Who[]) {
  const actor = await loadUserActor({ db, userId: fixtures.userIds[who] });
  if (!actor) throw new Error(`baseline server: no active user ${people[who]}`);
  actors[who] = actor;
}
const [carrierRow] = await db
  .select({ id: carriers.id, name: carriers.name })
  .from(carriers)
  .where(eq(carriers.code, SCALE_CARRIER.code));
if (!carrierRow) throw new Error(`baseline server: no carrier ${SCALE_CARRIER.code}`);
const carrier: CarrierActor = { kind: "carrier", carrierId: carrierRow.id, label: carrierRow.name };
const ctx: BaselineContext = { db, actors, carrier, fixtures };
const routes = new Map<string, (ctx: BaselineContext) => Promise<unknown>>();
for (const e of endpoints) if (e.baseline) routes.set(baselinePath(e.id), e.baseline);

const server = createServer(async (req, res) => {
  if (req.url === "/health") return void res.end("ok");
  const run = req.url ? routes.get(req.url) : undefined;
  if (!run) {
    res.writeHead(404).end("no such endpoint");
    return;
  }
  try {
    const body = JSON.stringify(await run(ctx));
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }).end(body);
  } catch (error) {
    console.error(error);
    res.writeHead(500).end(error instanceof Error ? error.message : String(error));
  }
});
server.listen(port, "127.0.0.1", () => console.log(`listening on ${port}`));

process.on("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  void close().finally(() => process.exit(0));
});
