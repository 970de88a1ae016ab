/**
 * `npm run bench:lighthouse`: Lighthouse (mobile, its default) on the production server over the
 * bench database, with Debian's Chromium (CHROME_PATH, default /usr/bin/chromium): performance and
 * accessibility of /login, the staff home and /parcels, signed in through the cookie for the last
 * two. Targets: performance ≥ 95, accessibility 100. Exits 1 when a page misses them.
 * Lighthouse's score moves by a few points from one run to the next, so each page is audited
 * BENCH_LIGHTHOUSE_RUNS times (default 3) and its median run is the one reported; a run whose
 * trace Lighthouse could not read is run again. BENCH_LIGHTHOUSE_DIR, when set, keeps each
 * page's median report there as JSON (open it in the Lighthouse viewer) to see what a score is
 * made of.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { loadConfig } from "./config";
import { prepareDatabase } from "./database";
import { PASSWORD, pageFloorPath, people } from "./endpoints";
import { signIn, startPortal } from "./portal";
import { cleanup, freePort, onCleanup } from "./process";

const config = loadConfig();
const runs = config.BENCH_LIGHTHOUSE_RUNS;
/** The pages with targets, then the floor: the signed-in shell around a heading, no data and no screen. */
const pages = [
  { path: "/login", signedIn: false, label: "/login" },
  { path: "/", signedIn: true, label: "/ (staff home)" },
  { path: "/parcels", signedIn: true, label: "/parcels" },
  { path: pageFloorPath, signedIn: true, label: "floor (shell)", floor: true },
];

async function main(): Promise<number> {
  await prepareDatabase(config);
  const portal = await startPortal(config.BENCH_DATABASE_URL, await freePort(config.BENCH_PORT));
  const cookie = await signIn(portal.url, people.store, PASSWORD);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  onCleanup(async () => chrome.kill());
  let missed = 0;
  const lines: string[] = [];
  for (const page of pages) {
    // A served page once before, as a running server has: the first request of a route after
    // the server starts also loads its code, which no visitor of a running portal waits for.
    await fetch(portal.url + page.path, page.signedIn ? { headers: { cookie } } : {}).then((r) => r.arrayBuffer());
    const reports: Result[] = [];
    for (let attempt = 0; reports.length < runs; attempt++) {
      if (attempt >= runs * 2) throw new Error(`Lighthouse could not audit ${page.path}: ${runs * 2} runs failed`);
      const result = await lighthouse(portal.url + page.path, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        ...(page.signedIn ? { extraHeaders: { cookie } } : {}),
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${page.path}`);
      // A trace it could not read (NO_NAVSTART and the like) says nothing of the page.
      if (!result.lhr.runtimeError) reports.push(result.lhr);
    }
    const scores = reports.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100));
    reports.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const lhr = reports[Math.floor(reports.length / 2)]!;
    const keepIn = process.env.BENCH_LIGHTHOUSE_DIR;
    if (keepIn) {
      mkdirSync(keepIn, { recursive: true });
      const name = page.label.replace(/\W+/g, "-").replace(/^-|-$/g, "");
      writeFileSync(path.join(keepIn, `${name}.json`), JSON.stringify(lhr));
    }
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const performance = score("performance");
    const accessibility = score("accessibility");
    if (!page.floor && (performance < 95 || accessibility < 100)) missed++;
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative")
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}`);
    // Accessibility findings name their elements: that is what needs fixing.
    const a11y = (lhr.categories.accessibility?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1)
      .flatMap((a) => {
        const items = (a!.details as { items?: { node?: { snippet?: string } }[] } | undefined)?.items ?? [];
        return items.slice(0, 3).map((item) => `${a!.id}: ${item.node?.snippet ?? ""}`);
      });
    lines.push(
      `${page.label.padEnd(16)} performance ${String(performance).padStart(3)} (runs ${scores.join(", ")})` +
        `  accessibility ${String(accessibility).padStart(3)}  final URL ${lhr.finalDisplayedUrl}` +
        (failing.length ? `\n    below 0.9: ${failing.join(", ")}` : "") +
        a11y.map((line) => `\n    ${line}`).join(""),
    );
  }
  console.log("\nLighthouse 12, mobile (simulated throttling):");
  for (const line of lines) console.log(line);
  return missed ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error("lighthouse failed:", error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
