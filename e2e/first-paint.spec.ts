import type { Browser, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

// Store people work on phones, where the page's scripts take a second or more to run.
test.use({ viewport: { width: 390, height: 844 } });

/**
 * The same person's pages with the browser's scripts turned off: what shows is what the page
 * paints before any script runs, as a phone shows it while its scripts still load.
 */
async function withoutScripts(browser: Browser, signedIn: Page) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await signedIn.context().storageState(),
    viewport: { width: 390, height: 844 },
  });
  return { page: await context.newPage(), close: () => context.close() };
}

test("a mall store's day, queue and drivers are in the page's first paint, not revealed after its scripts", async ({
  page,
  browser,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  // A busy day: React sends a large finished section apart from the page, hidden until a script
  // reveals it, so a short queue alone would not show the queue missing from the first paint.
  const parcels = await carrier.announceMallParcels(store.code, 40);
  await carrier.schedulePickup(store.code, parcels, 30, "Dana First");
  await signIn(page, people.store_staff);
  await expect(page.getByRole("heading", { name: store.name })).toBeVisible();

  const bare = await withoutScripts(browser, page);
  await bare.page.goto("/");
  await expect(bare.page.getByRole("heading", { name: store.name, level: 1 })).toBeVisible();
  await expect(bare.page.getByTestId("count-announced")).toHaveText("40");
  await expect(bare.page.getByText("Dana First").first()).toBeVisible();

  await bare.page.goto("/parcels");
  await expect(bare.page.getByTestId("queue-row")).toHaveCount(40);
  await expect(bare.page.getByTestId("queue-row").last()).toBeVisible();
  await expect(bare.page.getByRole("heading", { name: /Dana First/ })).toBeVisible();

  await bare.page.goto("/arrivals");
  await expect(bare.page.getByText("Dana First").first()).toBeVisible();
  await bare.close();
});

test("a rural store's route is in the page's first paint", async ({ page, browser, seedStore, carrier }) => {
  const { store, people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  await carrier.parcelsAtRuralStore(store.code, store, 25);
  await signIn(page, people.store_owner);
  await expect(page.getByRole("heading", { name: store.name })).toBeVisible();

  const bare = await withoutScripts(browser, page);
  await bare.page.goto("/deliveries");
  await expect(bare.page.getByRole("heading", { name: /Today's deliveries · 25 stops/ })).toBeVisible();
  await expect(bare.page.getByTestId("route-stop")).toHaveCount(25);
  await expect(bare.page.getByTestId("route-stop").last()).toBeVisible();
  await bare.close();
});

test("a link taken shows it is on its way until the next page arrives", async ({ page, seedStore }) => {
  const { people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  await signIn(page, people.store_staff);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // A slow signal: the next page takes a while.
  await page.route(
    (url) => url.pathname === "/parcels",
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    },
  );
  const tab = page.getByRole("navigation", { name: "Sections" }).last().getByRole("link", { name: "Parcels" });
  await tab.click();
  await expect(tab).toHaveAttribute("aria-busy", "true");
  await expect(page.getByRole("heading", { name: "Parcels", level: 1 })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Sections" }).last().getByRole("link", { name: "Parcels" }),
  ).not.toHaveAttribute("aria-busy");
});

test("a streamed section keeps the server's HTML as the page comes alive, even when its reveal waits", async ({
  page,
  seedStore,
}) => {
  const { people } = await seedStore({ program: "mall_pickup", people: ["regional_manager"], listFillers: 60 });
  await signIn(page, people.regional_manager);
  // React reveals a streamed section on the next frame (or in a batch up to 300 ms later); a
  // slow phone's frames come late. Meanwhile the page hydrates around the hidden section, and
  // anything that changes a context above it then makes React render it again in the browser.
  await page.addInitScript(() => {
    // Frames resume a second after the page's scripts have all loaded (and so it has hydrated).
    const frame = window.requestAnimationFrame.bind(window);
    const loaded = new Promise((resolve) => window.addEventListener("load", resolve));
    window.requestAnimationFrame = (callback) => {
      void loaded.then(() => window.setTimeout(() => frame(callback), 1_000));
      return 0;
    };
    new MutationObserver((changes) => {
      for (const change of changes)
        for (const node of change.addedNodes)
          if (node instanceof HTMLElement && node.closest('div[hidden][id^="S:"]'))
            for (const list of [node, ...node.querySelectorAll<HTMLElement>("*")])
              if (list.dataset.testid === "partner-list") list.dataset.fromServer = "yes";
    }).observe(document, { childList: true, subtree: true });
  });
  // A long page: React sends a section this large apart from the page whatever the timing.
  await page.goto("/partners?size=100");
  const list = page.getByTestId("partner-list");
  await expect(list).toHaveCount(1);
  await expect(list).toBeVisible();
  // The server's own table, moved into place by React's reveal, not a copy made in the browser.
  await expect(list).toHaveAttribute("data-from-server", "yes");
});
