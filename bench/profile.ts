/**
 * `npm run bench:profile`: where the portal's CPU time goes. Runs the production server (the
 * existing build in .next; run `npm run bench` or `npm run build` first) under `node --cpu-prof`
 * on the bench database, loads BENCH_PROFILE_ENDPOINTS (default partners.today and parcels.get)
 * as the bench does, stops it, and prints the functions and packages with the most self and
 * inclusive time. The raw `.cpuprofile` is kept (open it in Chrome DevTools or speedscope);
 * `npm run bench:profile -- <file>` summarizes one again.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadAverage, loadConfig, machineFacts } from "./config";
import { prepareDatabase } from "./database";
import { endpoints, PASSWORD, people, SCALE_CARRIER } from "./endpoints";
import { load } from "./load";
import { signIn } from "./portal";
import { cleanup, freePort, spawnGroup, waitForOk } from "./process";

const config = loadConfig();
const wanted = (process.env.BENCH_PROFILE_ENDPOINTS ?? "partners.today,parcels.get").split(",");

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

async function main() {
  // `npm run bench:profile -- some.cpuprofile` summarizes a profile taken earlier.
  const given = process.argv[2];
  if (given) return summarize(JSON.parse(readFileSync(given, "utf8")) as Profile);
  console.log(`Machine: ${machineFacts()}, load average ${loadAverage()}`);
  const { fixtures } = await prepareDatabase(config);
  const dir = mkdtempSync(path.join(os.tmpdir(), "handoff-profile-"));
  const port = await freePort(config.BENCH_PORT);
  const group = spawnGroup(
    "portal",
    // The same flags as scripts/start.ts gives the production server.
    [
      "--cpu-prof",
      `--cpu-prof-dir=${dir}`,
      "--max-semi-space-size=64",
      "--import",
      "tsx",
      path.join("scripts", "serve.ts"),
    ],
    {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: config.BENCH_DATABASE_URL,
      PORT: String(port),
      APP_ENV: "test",
      CARRIER_API_RATE_LIMIT: "100000000",
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/login`, group, 120_000);
  const settings = {
    connections: config.BENCH_CONNECTIONS,
    duration: config.BENCH_DURATION,
    warmup: config.BENCH_WARMUP,
    timeout: config.BENCH_TIMEOUT,
  };
  for (const endpoint of endpoints.filter((e) => wanted.includes(e.id))) {
    const headers: Record<string, string> = endpoint.write
      ? { authorization: `Bearer ${SCALE_CARRIER.key}` }
      : endpoint.as
        ? { cookie: await signIn(url, people[endpoint.as], PASSWORD) }
        : {};
    // A write sends a fresh path and body per request, as the bench does.
    const write = endpoint.write
      ? { method: endpoint.write.method, next: () => endpoint.write!.next(fixtures) }
      : undefined;
    const result = await load(url + endpoint.path(fixtures), headers, settings, write);
    console.log(`${endpoint.id}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms`);
  }
  await group.stop();
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no profile written in ${dir}`);
  const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Profile;
  summarize(profile);
  console.log(`\nProfile: ${path.join(dir, file)}`);
}

/** Where a frame's code comes from: a package, the portal's own code, Node or V8. */
function origin(url: string): string {
  if (!url) return "(native)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + "node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith("node:")) return "node";
  const chunk = /\.next\/server\/(.*)$/.exec(url);
  if (chunk) return `.next/server/${chunk[1]!.replace(/\/[^/]*$/, "")}`;
  return url.replace(/^file:\/\/.*?\/(app|server|db|lib|scripts)\//, "$1/");
}

/** A coarse label for one sampled stack (leaf first), for the decision record's table. */
function category(stack: Node[]): string {
  const leaf = stack[0]!.callFrame;
  const has = (test: (f: Node["callFrame"]) => boolean) => stack.some((n) => test(n.callFrame));
  if (leaf.functionName === "(garbage collector)") return "garbage collection";
  if (has((f) => /pino|sonic-boom/.test(f.url))) return "access log (pino)";
  if (has((f) => f.url.startsWith("node:internal/crypto"))) return "crypto (session cookie, CSRF hash)";
  if (has((f) => /^(Module\._load|wrapSafe|compileFunction)$/.test(f.functionName))) return "loading code (start-up)";
  if (/^(writeBuffer|writev|writeUtf8String|writeString|writeLatin1String)$/.test(leaf.functionName))
    return "socket writes (database and HTTP)";
  if (has((f) => /^(buildQueryFromSourceParams|sqlToQuery|buildSelectQuery|buildSelection)$/.test(f.functionName)))
    return "building SQL (drizzle)";
  if (leaf.functionName === "(program)" || leaf.functionName === "runMicrotasks") return "V8/Node scheduling";
  return "everything else (Next.js, React, tRPC, drivers, domain)";
}

function summarize(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: Node) =>
    `${n.callFrame.functionName || "(anonymous)"}  ${origin(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const selfByOrigin = new Map<string, number>();
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id)!;
    total += us;
    if (node.callFrame.functionName === "(idle)") {
      idle += us;
      return;
    }
    self.set(key(node), (self.get(key(node)) ?? 0) + us);
    const o = origin(node.callFrame.url);
    selfByOrigin.set(o, (selfByOrigin.get(o) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = key(byId.get(at)!);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + us);
    }
  });
  const busy = total - idle;
  const byCategory = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === "(idle)") return;
    const stack: Node[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
    const c = category(stack);
    byCategory.set(c, (byCategory.get(c) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const top = (m: Map<string, number>, n: number, title: string) => {
    console.log(`\n${title}`);
    for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) {
      console.log(`${((100 * us) / busy).toFixed(1).padStart(6)} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
    }
  };
  console.log(
    `\nBusy ${(busy / 1000).toFixed(0)} ms of ${(total / 1000).toFixed(0)} ms sampled (percentages of busy).`,
  );
  top(byCategory, 12, "Time by kind of work (first match from the leaf of each sample)");
  top(selfByOrigin, 25, "Self time by origin");
  top(self, 40, "Self time by function");
  top(inclusive, 60, "Inclusive time by function");
}

try {
  await main();
} catch (error) {
  console.error("profile failed:", error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
