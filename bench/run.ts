/**
 * `npm run bench`: the portal under load beside a bare baseline, over a large data set.
 *
 * 1. Creates, migrates and (first time only, minutes) seeds BENCH_DATABASE_URL
 *    (default postgres://postgres@127.0.0.1:5432/handoff_bench): demo data, then
 *    `seedScale` with BENCH_SCALE partners (500 ≈ 5M parcels) over BENCH_DAYS days.
 * 2. Starts the production server as `npm start` does (building when sources changed) on a
 *    free port from BENCH_PORT, and a plain `node:http` server answering the same domain
 *    calls through postgres.js (bench/baseline-server.ts).
 * 3. Signs in (bench/endpoints.ts `people`, password handoff-demo) and loads every entry of
 *    bench/endpoints.ts on both with autocannon: BENCH_CONNECTIONS (10) connections for
 *    BENCH_DURATION (10) s after BENCH_WARMUP (2) s. BENCH_ONLY=<text> picks endpoints. Beside
 *    each, the floor: a route of the same server that reads the same session and nothing more
 *    (app/api/test/floor; for a page, a page of the portal's shell with no data, /test/floor).
 *    A row's targets take turns, BENCH_ROUNDS (3) rounds each, so each ratio compares figures
 *    taken together on a machine whose load changes. A page row also times its render with one
 *    connection (BENCH_DURATION / 2 s): at 10 connections on one Node process, a page's p95 is
 *    mostly the queue of the nine other requests, not the page.
 * 4. Prints req/s and p50/p95/p99 side by side with the ratios, each route's first-load
 *    JavaScript (gzip) against the framework's own page, and writes every figure as JSON to
 *    BENCH_JSON (bench/results.json). Exits 1 if any request failed.
 */

import { writeFileSync } from "node:fs";
import { firstLoadJsGzipKb, floorRoute } from "./bundles";
import { loadAverage, loadConfig, machineFacts } from "./config";
import { prepareDatabase } from "./database";
import {
  type BenchEndpoint,
  baselinePath,
  endpoints,
  floorPath,
  PASSWORD,
  pageFloorPath,
  people,
  SCALE_CARRIER,
  type Who,
} from "./endpoints";
import { type LoadResult, type LoadSettings, load, mergeRounds, notLoaded, probe, type Write } from "./load";
import { signIn, startPortal } from "./portal";
import { cleanup, freePort, spawnGroup, waitForOk, wasInterrupted } from "./process";
import { failures, type Row, summaryOf, table } from "./report";
import { compareRollup } from "./rollup";

const config = loadConfig();
const settings: LoadSettings = {
  connections: config.BENCH_CONNECTIONS,
  duration: config.BENCH_DURATION,
  warmup: config.BENCH_WARMUP,
  timeout: config.BENCH_TIMEOUT,
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const round = (v: number) => Math.round(v * 10) / 10;

async function main(): Promise<number> {
  const loadBefore = loadAverage();
  console.log(`Machine: ${machineFacts()}, load average ${loadBefore}`);
  const data = await prepareDatabase(config);
  const { fixtures } = data;

  const portalPort = await freePort(config.BENCH_PORT);
  console.log(`Starting the portal on ${portalPort}…`);
  const portal = await startPortal(config.BENCH_DATABASE_URL, portalPort);
  const baselinePort = await freePort(portalPort + 1);
  const baselineGroup = spawnGroup("baseline", ["--import", "tsx", "bench/baseline-server.ts"], {
    ...process.env,
    BENCH_DATABASE_URL: config.BENCH_DATABASE_URL,
    BENCH_BASELINE_PORT: String(baselinePort),
    BENCH_FIXTURES: JSON.stringify(fixtures),
  });
  const baselineUrl = `http://127.0.0.1:${baselinePort}`;
  await waitForOk(`${baselineUrl}/health`, baselineGroup, 60_000);

  const cookies = {} as Record<Who, string>;
  for (const who of Object.keys(people) as Who[]) cookies[who] = await signIn(portal.url, people[who], PASSWORD);

  const chosen = endpoints.filter((e) => !config.BENCH_ONLY || e.id.includes(config.BENCH_ONLY));
  const rows: Row[] = [];
  for (const endpoint of chosen) {
    const portalUrl = portal.url + endpoint.path(fixtures);
    const headers: Record<string, string> = endpoint.write
      ? { authorization: `Bearer ${SCALE_CARRIER.key}` }
      : endpoint.as
        ? { cookie: cookies[endpoint.as] }
        : {};
    const write = endpoint.write
      ? { method: endpoint.write.method, next: () => endpoint.write!.next(fixtures) }
      : undefined;
    const targets: Target[] = [
      { name: "portal", url: portalUrl, headers, write },
      {
        name: "floor",
        url: portal.url + (endpoint.page ? pageFloorPath : floorPath),
        headers: { cookie: cookies[endpoint.as ?? "store"] },
      },
      ...(endpoint.baseline
        ? [{ name: "baseline" as const, url: baselineUrl + baselinePath(endpoint.id), headers: {} }]
        : []),
    ];
    const results = await measureInRounds(endpoint, targets);
    const render = endpoint.page && !results.portal?.failed ? await measureRender(targets[0]!) : null;
    const row: Row = {
      id: endpoint.id,
      portal: results.portal!,
      floor: results.floor ?? null,
      baseline: results.baseline ?? null,
      render,
    };
    rows.push(row);
  }

  await cleanup();
  console.log("\nThe dashboard's question (30 days of figures) from the rollup and by the naive GROUP BY…");
  const rollup = await compareRollup(config.BENCH_DATABASE_URL, fixtures.userIds.manager);
  console.log("");
  console.log(
    `Data: ${data.parcels.toLocaleString("en")} parcels, ${data.events.toLocaleString("en")} events, ` +
      `${data.partners} partners (${data.managerPartners} in ${people.manager}'s regions); ` +
      `parcel ${fixtures.trackingId}, stores ${fixtures.storeCode} and ${fixtures.scaleStoreCode}.`,
  );
  console.log(`Machine: ${machineFacts()}; load average ${loadBefore} at start, ${loadAverage()} at end.`);
  console.log(
    `Seed: ${data.seedMs === null ? "reused" : seconds(data.seedMs)}; ` +
      `rollups: ${data.rollupMs === null ? "reused" : seconds(data.rollupMs)}; portal ready in ${seconds(portal.readyMs)}` +
      `${portal.buildMs === null ? " (no build needed)" : ` (build ${seconds(portal.buildMs)})`}.`,
  );
  console.log(
    `Load: ${settings.connections} connections, ${settings.duration} s per target in ${config.BENCH_ROUNDS} turns, after ${settings.warmup} s warm-up.`,
  );
  console.log(`Baseline: node:http + postgres.js, same domain calls, actors loaded once (no session, no tRPC).\n`);
  console.log(table(rows));
  console.log("");
  for (const r of rollup.rows) {
    console.log(
      `${r.label.padEnd(48)} p50 ${r.p50.toFixed(0).padStart(6)} ms  p95 ${r.p95.toFixed(0).padStart(6)} ms  (${r.runs} runs)`,
    );
  }
  console.log(`Rollup and naive answers ${rollup.agree ? "agree exactly" : "DISAGREE"} for the region.`);
  const bundles = firstLoadJsGzipKb();
  if (bundles) {
    const floorKb = bundles[floorRoute] ?? Number.NaN;
    console.log(
      `\nFirst-load JavaScript, gzip kB (the framework's own ${floorRoute}: ${floorKb}; target ≤ floor + 25):`,
    );
    for (const [route, kb] of Object.entries(bundles)) {
      console.log(`  ${route.padEnd(32)} ${kb.toFixed(1).padStart(7)}  ${kb - floorKb > 25 ? "over" : ""}`);
    }
  }
  writeFileSync(
    config.BENCH_JSON,
    `${JSON.stringify(
      {
        machine: `${machineFacts()}; load average ${loadBefore} at start, ${loadAverage()} at end`,
        rows: rows.map((r) => ({
          id: r.id,
          portal: summaryOf(r.portal),
          baseline: summaryOf(r.baseline),
          floor: summaryOf(r.floor),
          ...(r.render === undefined ? {} : { render: summaryOf(r.render) }),
        })),
        rollup: rollup.rows.map((r) => ({ id: r.label, p50: round(r.p50), p95: round(r.p95) })),
        firstLoadJsGzipKb: bundles ?? {},
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nEvery figure as JSON: ${config.BENCH_JSON}`);
  if (!rollup.agree) return 1;
  const failed = failures(rows);
  if (failed.length) {
    console.error(`\nFAILED requests — the figures above are not a measurement of these:\n${failed.join("\n")}`);
    return 1;
  }
  return 0;
}

type Target = {
  name: "portal" | "floor" | "baseline";
  url: string;
  headers: Record<string, string>;
  write?: Write;
};

/**
 * Loads the targets of one row in turns (BENCH_ROUNDS rounds of BENCH_DURATION / rounds seconds
 * each), so a change in the machine's load while the row runs weighs on every target alike.
 */
async function measureInRounds(
  endpoint: BenchEndpoint,
  targets: Target[],
): Promise<Partial<Record<Target["name"], LoadResult>>> {
  const out: Partial<Record<Target["name"], LoadResult>> = {};
  const loaded: Target[] = [];
  for (const target of targets) {
    const answer = await probe(target.url, target.headers, target.write);
    if (answer.status < 200 || answer.status >= 300) {
      console.log(`${endpoint.id} on the ${target.name}: answered ${answer.sample.slice(0, 120)}; not loaded.`);
      out[target.name] = notLoaded(answer);
    } else {
      console.log(`${endpoint.id} on the ${target.name} (${(answer.bytes / 1024).toFixed(1)} kB per answer)…`);
      loaded.push(target);
    }
  }
  const rounds: Partial<Record<Target["name"], LoadResult[]>> = {};
  for (let round = 0; round < config.BENCH_ROUNDS; round++) {
    for (const target of loaded) {
      const result = await load(
        target.url,
        target.headers,
        { ...settings, duration: settings.duration / config.BENCH_ROUNDS, warmup: round === 0 ? settings.warmup : 0 },
        target.write,
      );
      if (wasInterrupted()) throw new Error("interrupted");
      rounds[target.name] = [...(rounds[target.name] ?? []), result];
    }
  }
  for (const target of loaded) {
    const result = mergeRounds(rounds[target.name]!);
    console.log(
      `  ${target.name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms` +
        (result.failed ? `, ${result.failed} FAILED` : ""),
    );
    out[target.name] = result;
  }
  return out;
}

/** One connection, so each figure is one page's render with nothing queued before it. */
async function measureRender(target: Target): Promise<LoadResult> {
  const result = await load(target.url, target.headers, {
    ...settings,
    connections: 1,
    duration: settings.duration / 2,
    warmup: 0,
  });
  console.log(
    `  render, one at a time: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms` +
      (result.failed ? `, ${result.failed} FAILED` : ""),
  );
  return result;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!wasInterrupted()) console.error("\nBench failed:", error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
