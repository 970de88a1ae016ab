import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { demoAccounts, expect, signIn, test } from "./fixtures";

/**
 * Every page of every role, on a phone and on a desktop, checked by axe-core: a serious or
 * critical violation fails. Detail pages are reached by following the first link of their list,
 * as a person would. The demo accounts only read here.
 */

const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

/** A page to check: an address, or a list page whose first link matching `follow` leads to it. */
type Visit = string | { from: string; follow: RegExp };

const pagesByRole: Record<keyof typeof demoAccounts, Visit[]> = {
  staff: ["/", "/parcels", { from: "/parcels", follow: /^\/parcels\/[^/?]+$/ }, "/arrivals", "/account"],
  owner: ["/", "/parcels", "/arrivals", "/deliveries", "/earnings", "/performance", "/staff", "/store", "/account"],
  manager: [
    "/",
    "/arrivals",
    "/performance",
    { from: "/performance", follow: /^\/performance\/(?!export)[^/?]+$/ },
    "/partners",
    { from: "/partners", follow: /^\/partners\/(?!new)[^/?]+$/ },
    "/partners/new",
    "/parcels",
    // With results: the form, the table and its pages (one address per section: titles are compared).
    "/parcels/search?q=a",
    "/account",
  ],
  admin: [
    "/",
    "/admin/carriers",
    "/admin/regions",
    "/admin/malls",
    "/admin/people",
    "/admin/webhooks",
    "/admin/audit",
    "/partners",
    "/performance",
    "/parcels",
    "/parcels/search?q=a",
  ],
};

async function open(page: Page, visit: Visit): Promise<string> {
  if (typeof visit === "string") {
    await page.goto(visit);
    return visit;
  }
  await page.goto(visit.from);
  // A desk page streams in behind its skeleton: its links are there once the skeleton is gone.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const hrefs = await page
    .locator("main a[href]")
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const target = hrefs.find((href) => visit.follow.test(href));
  expect(target, `a link matching ${visit.follow} on ${visit.from}`).toBeDefined();
  await page.goto(target!);
  return target!;
}

async function expectAccessible(page: Page, where: string) {
  // Wait until the page has rendered: its heading shows and streamed sections have replaced their placeholders.
  await expect(page.locator("h1").first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const blocking = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
  expect(blocking, `axe on ${where}`).toEqual([]);
  const title = await page.title();
  expect(title, `the title of ${where}`).toMatch(/^.+ · Handoff$/);
}

for (const [viewportName, viewport] of Object.entries(viewports)) {
  test.describe(`accessibility on a ${viewportName}`, () => {
    test.use({ viewport });

    test("the signed-out pages", async ({ page }) => {
      for (const path of ["/login", "/offline"]) {
        await page.goto(path);
        await expectAccessible(page, path);
      }
    });

    test("a pickup's handoff and manifest, for the store's staff", async ({ page, seedStore, carrier }) => {
      const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
      const parcels = await carrier.announceMallParcels(store.code, 2);
      await carrier.schedulePickup(store.code, parcels, 20, "Ada Driver");
      await signIn(page, people.store_staff);
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
      for (const link of ["Hand over", "Manifest"]) {
        await page.goto("/arrivals");
        await page.getByRole("link", { name: link }).first().click();
        await expect(page).toHaveURL(/\/arrivals\/[^/]+/);
        await expectAccessible(page, new URL(page.url()).pathname);
      }
    });

    for (const [role, visits] of Object.entries(pagesByRole)) {
      test(`every page of the ${role}`, async ({ page }) => {
        // A sweep of up to a dozen pages, axe on each (the performance page's DOM alone takes
        // several seconds): the time allowed grows with the pages, a stuck one still fails.
        test.setTimeout(60_000 + visits.length * 30_000);
        await signIn(page, demoAccounts[role as keyof typeof demoAccounts]);
        await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
        const titles = new Map<string, string>();
        for (const visit of visits) {
          const path = await open(page, visit);
          await expectAccessible(page, path);
          titles.set(path, await page.title());
        }
        // Each section has a title of its own (detail pages may share their list's).
        const sections = [...titles].filter(([path]) => typeof visits.find((v) => v === path) === "string");
        expect(new Set(sections.map(([, t]) => t)).size, "distinct titles").toBe(sections.length);
      });
    }
  });
}
