import type { Locator, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/** No tile server is reachable where the tests run; make that certain, so the maps must draw without tiles. */
async function blockOffSiteRequests(page: Page) {
  await page.route(
    (url) => url.hostname !== "127.0.0.1" && url.hostname !== "localhost",
    (route) => route.abort(),
  );
}

async function centerOf(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the owner sees today's route on a map: the store, its radius and one numbered pin per stop", async ({
    page,
    seedStore,
    carrier,
  }) => {
    const { store, people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
    await carrier.parcelsAtRuralStore(store.code, store, 3);
    await blockOffSiteRequests(page);
    await signIn(page, people.store_owner);
    await page.goto("/deliveries");
    const map = page.getByRole("region", { name: /^Map of today's route/ });
    await expect(map).toBeVisible();
    const box = (await map.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(240);
    expect(box.height).toBeLessThanOrEqual(280);
    expect(box.width).toBeLessThanOrEqual(390);

    await expect(map.locator("path.store-map-radius")).toHaveCount(1);
    await expect(map.getByTitle("Store", { exact: true })).toBeVisible();
    // Tiles were asked for and none arrived, yet the shapes above are drawn.
    expect(await map.locator("img.leaflet-tile").count()).toBeGreaterThan(0);
    await expect(map.locator("img.leaflet-tile-loaded")).toHaveCount(0);

    // The list stays the record; the pins carry its numbers.
    const stops = page.getByTestId("route-stop");
    await expect(stops).toHaveCount(3);
    const names = await stops.locator(".font-medium").allTextContents();
    await expect(map.locator(".store-map-stop")).toHaveCount(3);
    const pins = await map.locator(".store-map-stop").evaluateAll((els) => els.map((el) => el.getAttribute("title")));
    expect(pins.sort()).toEqual(names.map((name, i) => `${i + 1}. ${name}`).sort());
    await expect(map.locator("path.store-map-route")).toHaveCount(1);
  });
});

test("the manager places a new store by clicking the map, then by typing and dragging", async ({ page, seedStore }) => {
  const { people } = await seedStore({ program: "local_delivery", people: ["regional_manager"] });
  await blockOffSiteRequests(page);
  await signIn(page, people.regional_manager);
  await page.goto("/partners/new");
  const map = page.getByRole("region", { name: /^Map for placing the store/ });
  await expect(map).toBeVisible();
  const latitude = page.getByLabel("Latitude");
  const longitude = page.getByLabel("Longitude");
  await expect(latitude).toHaveValue("");
  const pin = map.getByTitle("Store location (drag to adjust)");
  await expect(pin).toHaveCount(0);

  // A click fills both fields (at most 6 decimals) and puts the pin where the click was.
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  const clicked = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.4 };
  await page.mouse.click(clicked.x, clicked.y);
  await expect(latitude).toHaveValue(/^-?\d+(\.\d{1,6})?$/);
  await expect(longitude).toHaveValue(/^-?\d+(\.\d{1,6})?$/);
  const picked = { lat: Number(await latitude.inputValue()), lng: Number(await longitude.inputValue()) };
  expect(picked.lat).toBeGreaterThan(-90);
  expect(picked.lat).toBeLessThan(90);
  const at = await centerOf(pin);
  expect(Math.abs(at.x - clicked.x)).toBeLessThanOrEqual(2);
  expect(Math.abs(at.y - clicked.y)).toBeLessThanOrEqual(2);
  await expect(map.locator("path.store-map-radius")).toHaveCount(1);

  // Typed coordinates move the pin: the map recentres on the store.
  await latitude.fill("41.4019");
  await longitude.fill("-99.6393");
  await map.scrollIntoViewIfNeeded();
  const view = (await map.boundingBox())!;
  const middle = { x: view.x + view.width / 2, y: view.y + view.height / 2 };
  await expect(async () => {
    const now = await centerOf(pin);
    expect(Math.abs(now.x - middle.x)).toBeLessThanOrEqual(3);
    expect(Math.abs(now.y - middle.y)).toBeLessThanOrEqual(3);
  }).toPass();

  // Dragging the pin south-east fills in the new place and leaves the view where it is.
  await page.mouse.move(middle.x, middle.y);
  await page.mouse.down();
  await page.mouse.move(middle.x + 40, middle.y + 30, { steps: 8 });
  await page.mouse.up();
  await expect(latitude).not.toHaveValue("41.4019");
  expect(Number(await latitude.inputValue())).toBeLessThan(41.4019);
  expect(Number(await longitude.inputValue())).toBeGreaterThan(-99.6393);
  const dropped = await centerOf(pin);
  expect(Math.abs(dropped.x - (middle.x + 40))).toBeLessThanOrEqual(3);
  expect(Math.abs(dropped.y - (middle.y + 30))).toBeLessThanOrEqual(3);
});
