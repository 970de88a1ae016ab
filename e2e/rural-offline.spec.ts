import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { tinyPng } from "./files";
import { expect, pageSettled, signIn, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const photo = tinyPng("door.png");

// Visible only: while the page streams in, React can hold a hidden copy of the list for a moment.
function stop(page: Page, trackingId: string) {
  return page.getByTestId("route-stop").filter({ hasText: trackingId, visible: true });
}

/** From the route's list, opens one stop on its own (its proof form). */
async function openLog(page: Page, trackingId: string): Promise<Locator> {
  await page.getByRole("navigation", { name: "Steps" }).getByRole("button", { name: "Route", exact: true }).click();
  await stop(page, trackingId)
    .getByRole("button", { name: `Log ${trackingId}` })
    .click();
  return page.getByTestId("stop-card").filter({ hasText: trackingId });
}

async function signWithFinger(page: Page, row: Locator) {
  const box = (await row.getByRole("img", { name: /signature/i }).boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 90, { steps: 8 });
  await page.mouse.move(box.x + 200, box.y + 30, { steps: 8 });
  await page.mouse.up();
}

test("an offline stretch: deliveries logged with no network sync once when it returns", async ({
  page,
  context,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  const [first, second, third] = await carrier.parcelsAtRuralStore(store.code, store, 3);
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: store.lat + 0.01, longitude: store.lng, accuracy: 12 });
  await signIn(page, people.store_owner);
  await page.goto("/deliveries");
  await expect(stop(page, first!)).toBeVisible();

  // Online: a delivery with photo and signature goes straight through.
  const firstRow = await openLog(page, first!);
  await firstRow.getByLabel("Proof photo").setInputFiles(photo);
  await signWithFinger(page, firstRow);
  await firstRow.getByRole("button", { name: "Record delivery" }).click();
  await expect(page.getByTestId("log-result")).toHaveText(`${first} delivered.`);

  // The signal drops: a delivery and a failed attempt are kept on the phone.
  await context.setOffline(true);
  await expect(page.getByTestId("sync-badge")).toContainText("Offline");
  const secondRow = await openLog(page, second!);
  await secondRow.getByLabel("Proof photo").setInputFiles(photo);
  await secondRow.getByRole("button", { name: "Record delivery" }).click();
  await expect(page.getByTestId("log-result")).toHaveText(
    "Saved on this phone. It will be sent when you are back online.",
  );
  const thirdRow = await openLog(page, third!);
  await thirdRow.getByText("Failed", { exact: true }).filter({ visible: true }).click();
  await thirdRow.getByLabel("Reason").selectOption("no_safe_place");
  await thirdRow.getByRole("button", { name: "Record failed attempt" }).click();
  await expect(page.getByTestId("log-result")).toContainText("Saved on this phone");
  await expect(page.getByTestId("pending-count")).toHaveText("2 waiting to sync");
  await expect(page.getByTestId("sync-badge")).toContainText("2 waiting to sync");
  const backOnlineAt = Date.now();

  // Back online: both are sent, once each, keeping the time of the tap.
  await context.setOffline(false);
  await expect(page.getByTestId("last-sync")).toHaveText("Synced 2 saved actions.");
  await expect(page.getByTestId("pending-count")).toHaveCount(0);
  await expect(stop(page, second!)).toHaveCount(0);

  const delivered = await carrier.parcel(second!);
  expect(delivered.status).toBe("delivered");
  const deliveredEvents = delivered.events.filter((e) => e.toStatus === "delivered") as { at?: string }[];
  expect(deliveredEvents).toHaveLength(1);
  expect(new Date(deliveredEvents[0]!.at!).getTime()).toBeLessThan(backOnlineAt);
  const failed = await carrier.parcel(third!);
  expect(failed.status).toBe("attempted");
  expect(failed.events.filter((e) => e.toStatus === "attempted")).toHaveLength(1);

  // A reload changes nothing more: nothing is left to send twice.
  await page.reload();
  await expect(stop(page, third!)).toBeVisible();
  expect((await carrier.parcel(second!)).events.filter((e) => e.toStatus === "delivered")).toHaveLength(1);
});

test("a delivery synced after someone else already recorded it is shown, not dropped", async ({
  page,
  context,
  browser,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  const [trackingId] = await carrier.parcelsAtRuralStore(store.code, store, 1);
  await signIn(page, people.store_owner);
  await page.goto("/deliveries");

  await context.setOffline(true);
  const row = await openLog(page, trackingId!);
  await row.getByText("Failed", { exact: true }).filter({ visible: true }).click();
  await row.getByLabel("Reason").selectOption("recipient_unavailable");
  await row.getByRole("button", { name: "Record failed attempt" }).click();
  await expect(page.getByTestId("pending-count")).toHaveText("1 waiting to sync");

  // Meanwhile a colleague, online, records the delivery.
  const colleague = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const other = await colleague.newPage();
  await signIn(other, people.store_owner);
  await other.goto("/deliveries");
  const otherRow = await openLog(other, trackingId!);
  await otherRow.getByLabel("Proof photo").setInputFiles(photo);
  await otherRow.getByRole("button", { name: "Record delivery" }).click();
  await expect(other.getByTestId("log-result")).toHaveText(`${trackingId} delivered.`);
  await colleague.close();

  await context.setOffline(false);
  const attention = page.getByTestId("attention-action");
  await expect(attention).toContainText(`Failed attempt ${trackingId}`);
  await expect(attention).toContainText("delivered");
  await expect(page.getByTestId("sync-badge")).toContainText("1 needs attention");
  await attention.getByRole("button", { name: "Got it" }).click();
  await expect(attention).toHaveCount(0);
  expect((await carrier.parcel(trackingId!)).status).toBe("delivered");
});

test("the portal is installable, its service worker takes over, and signing out forgets the pages it kept", async ({
  page,
  request,
  seedStore,
}) => {
  const { people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ name: "Handoff", display: "standalone", start_url: "/" });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  await signIn(page, people.store_owner);
  await page.goto("/deliveries");
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe("/");

  // The page is kept for a poor signal, until the person signs out: the next one on a shared
  // phone never sees it.
  await page.reload();
  const kept = () =>
    page.evaluate(async () => Boolean(await (await caches.open("pages")).match(`${location.origin}/deliveries`)));
  await expect.poll(kept).toBe(true);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect.poll(kept).toBe(false);
});

test("scans at the drop go on offline and sync when the network returns", async ({
  page,
  context,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  const [offlineScan, onlineScan] = await carrier.announceRuralParcels(store.code, store, 2);
  const driver = `Kit ${randomUUID().slice(0, 4).toUpperCase()}`;
  await carrier.dropoffArrived(store.code, store, [offlineScan!, onlineScan!], driver);

  await signIn(page, people.store_owner);
  await page.goto("/deliveries");
  await expect(
    page.getByRole("heading", { name: new RegExp(`(Morning|Afternoon|Evening) drop · .* · ${driver}`) }),
  ).toBeVisible();
  const scanField = page.getByLabel("Scan or type tracking ID");
  await scanField.fill(onlineScan!);
  await scanField.press("Enter");
  await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${onlineScan} is at the store.`);

  await context.setOffline(true);
  await scanField.fill(offlineScan!);
  await scanField.press("Enter");
  await expect(page.getByTestId("scan-result")).toContainText(`${offlineScan} saved on this phone`);
  await expect(page.getByTestId("pending-count")).toHaveText("1 waiting to sync");
  await expect(page.getByRole("button", { name: "Complete check-in" })).toBeDisabled();

  await context.setOffline(false);
  await expect(page.getByTestId("last-sync")).toHaveText("Synced 1 saved action.");
  await expect(page.getByTestId("drop-progress")).toHaveText("2 of 2 scanned · 0 missing · 0 extra");
  await page.getByRole("button", { name: "Complete check-in" }).click();
  await expect(page.getByTestId("drop-summary")).toContainText("2 received, 0 missing");
  expect((await carrier.parcel(offlineScan!)).events.filter((e) => e.toStatus === "at_store")).toHaveLength(1);
});

test.describe("with no signal", () => {
  // Without the service worker's copy of every chunk: code can only come from the network.
  test.use({ serviceWorkers: "block" });

  test("a drop opened as the signal goes is readable, and comes alive when the signal returns", async ({
    page,
    context,
    seedStore,
    carrier,
  }) => {
    const { store, people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
    const [parcel] = (await carrier.announceRuralParcels(store.code, store, 1)) as [string];
    await carrier.dropoffArrived(store.code, store, [parcel], `Ada ${randomUUID().slice(0, 4).toUpperCase()}`);
    await signIn(page, people.store_owner);
    // The page and its own scripts arrive; the signal is gone before any other code does.
    const html = await (await page.request.get("/deliveries")).text();
    // Every chunk the page names (its scripts, and those of the components its data refers to).
    const pageChunks = new Set([...html.matchAll(/static\/chunks\/[\w.-]+\.js/g)].map((m) => m[0]));
    const refused = new Map<string, number>();
    await page.route("**/_next/static/chunks/**", (route) => {
      const chunk = new URL(route.request().url()).pathname.replace(/^\/_next\//, "");
      if (pageChunks.has(chunk)) return route.continue();
      refused.set(chunk, (refused.get(chunk) ?? 0) + 1);
      return route.abort("internetdisconnected");
    });
    // Not page.goto, which waits for the page to come alive.
    await page.evaluate(() => window.location.assign("/deliveries"));
    const progress = page.getByTestId("drop-progress");
    await expect(progress).toHaveText("0 of 1 scanned · 1 missing · 0 extra");
    // The drop's code was asked for, and asked again (the loader's own retry), and refused both times.
    await expect.poll(() => Math.max(0, ...refused.values())).toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(500);
    await expect(progress).toBeVisible();
    await expect(page.getByText("Something went wrong")).toHaveCount(0);

    await page.unrouteAll();
    await context.setOffline(true);
    await context.setOffline(false);
    await pageSettled(page);
    const scanField = page.getByLabel("Scan or type tracking ID");
    await scanField.fill(parcel);
    await scanField.press("Enter");
    await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${parcel} is at the store.`);
    await expect(progress).toHaveText("1 of 1 scanned · 0 missing · 0 extra");
  });
});
