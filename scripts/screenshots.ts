/**
 * `npm run screenshots`: the README's screenshots, taken from the demo data. Starts the portal
 * (`npm start`, building when the sources changed) on a fresh embedded database in a temporary
 * folder on a free port — never your own data — signs in as the demo accounts in Chromium and
 * saves PNGs under docs/screenshots/, then stops the server and removes the folder.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "@playwright/test";
import { launchOptions } from "../e2e/launch";

const outDir = path.join("docs", "screenshots");
const password = "handoff-demo";
const accounts = {
  staff: "staff@chandler.example",
  owner: "owner@prairie.example",
  manager: "manager@west.example",
} as const;

const desktop: BrowserContextOptions = { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 };
const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 1,
  isMobile: true,
  hasTouch: true,
};

/** A port nobody is listening on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitUntilUp(url: string, server: ChildProcess) {
  // The first run builds the portal, which takes minutes on a small machine.
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null)
      throw new Error(`The portal stopped while starting (${server.exitCode ?? server.signalCode}).`);
    const ok = await fetch(url)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`The portal did not answer at ${url} within 15 minutes.`);
}

/**
 * The page as a person sees it once it has settled: streamed boundaries revealed (React's `$RB`
 * queue empty, as in e2e/fixtures.ts), no request in flight, fonts loaded, no chart still loading.
 */
async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !((window as { $RB?: unknown[] }).$RB?.length ?? 0));
  await page.waitForFunction(() => document.fonts.status === "loaded");
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
  await page.waitForFunction(() =>
    [...document.querySelectorAll("[data-chart]")].every((chart) => chart.querySelector("svg")),
  );
  await page.waitForLoadState("networkidle");
  // A frame for the last layout (charts size themselves to their box).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function signIn(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== "/login"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
  await settled(page);
}

async function shoot(page: Page, name: string) {
  await settled(page);
  // The caret would blink into some shots and not others.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, animations: "disabled", caret: "hide" });
  console.log(`  ${file} (${Math.round(statSync(file).size / 1024)} KB)`);
}

async function visit(page: Page, url: string, name: string) {
  const response = await page.goto(url);
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  await shoot(page, name);
}

/** One person's screens in a browser context of their own. */
async function asPerson(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions,
  email: string,
  steps: (page: Page) => Promise<void>,
) {
  const context = await browser.newContext({
    ...options,
    baseURL,
    locale: "en-US",
    colorScheme: "light",
    reducedMotion: "reduce",
    // The service worker's cache would only make what the server sends harder to tell apart.
    serviceWorkers: "block",
  });
  try {
    const page = await context.newPage();
    await signIn(page, email);
    await steps(page);
  } finally {
    await context.close();
  }
}

async function takeAll(baseURL: string) {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch(launchOptions);
  try {
    await asPerson(browser, baseURL, desktop, accounts.manager, async (page) => {
      await visit(page, "/performance", "performance");
      // Below the filters and alerts: the region's figures by day beside the previous period.
      await page.getByRole("heading", { name: "Your region by day" }).evaluate((h) => h.scrollIntoView());
      await page.evaluate(() => window.scrollBy(0, -24));
      await shoot(page, "performance-charts");
    });
    await asPerson(browser, baseURL, phone, accounts.staff, async (page) => {
      await visit(page, "/", "phone-staff-today");
      await visit(page, "/parcels", "phone-staff-parcels");
      await visit(page, "/arrivals", "phone-staff-arrivals");
      // The demo store always has a pickup still to come today: its handoff screen.
      const handOver = page.getByRole("link", { name: "Hand over" }).first();
      if (await handOver.isVisible()) {
        await Promise.all([page.waitForURL(/\/arrivals\/[^/]+$/), handOver.click()]);
        await shoot(page, "phone-staff-handoff");
      } else {
        console.log("  no pickup to hand over today: no handoff screen");
      }
    });
    await asPerson(browser, baseURL, phone, accounts.owner, async (page) => {
      await visit(page, "/deliveries", "phone-owner-deliveries");
      await visit(page, "/earnings", "phone-owner-earnings");
    });
  } finally {
    await browser.close();
  }
}

const dataDir = mkdtempSync(path.join(tmpdir(), "handoff-screenshots-"));
const port = await freePort();
const baseURL = `http://127.0.0.1:${port}`;
// The embedded database: a PostgreSQL server's would be someone's own data.
const { DATABASE_URL: _server, ...inherited } = process.env;
const env: NodeJS.ProcessEnv = {
  ...inherited,
  TSX_TSCONFIG_PATH: "tsconfig.scripts.json",
  DATA_DIR: dataDir,
  PORT: String(port),
  HOSTNAME: "127.0.0.1",
  APP_ENV: "development",
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  LOG_LEVEL: "warn",
};

// Its own process group, so stopping it stops the server it starts too.
const server = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "start.ts")], {
  stdio: "inherit",
  env,
  detached: true,
});
const serverExited = new Promise((resolve) => server.once("exit", resolve));

async function stopServer() {
  if (server.exitCode === null && server.signalCode === null && server.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
    const timer = setTimeout(() => server.pid && process.kill(-server.pid, "SIGKILL"), 10_000);
    await serverExited;
    clearTimeout(timer);
  }
  rmSync(dataDir, { recursive: true, force: true });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void stopServer().then(() => process.exit(1));
  });
}

let failed = false;
try {
  console.log(`Starting the portal with the demo data on ${baseURL}…`);
  await waitUntilUp(`${baseURL}/login`, server);
  console.log("Taking the screenshots:");
  await takeAll(baseURL);
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await stopServer();
}
process.exit(failed ? 1 : 0);
