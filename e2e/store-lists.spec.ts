import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

// Store staff work on a phone.
test.use({ viewport: { width: 390, height: 844 } });

async function scan(page: Page, trackingId: string) {
  const field = page.getByLabel(/Scan or type tracking ID/);
  await field.fill(trackingId);
  await field.press("Enter");
}

const rows = (page: Page) => page.getByTestId("queue-row");

test("the parcel queue shows each parcel once, under one 'not on a pickup yet' group, and each filter only its own", async ({
  page,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  const [soon, far, loose, taken] = await carrier.announceMallParcels(store.code, 4);
  await carrier.schedulePickup(store.code, [soon!], 120, `Soon ${randomUUID().slice(0, 4)}`);
  // Beyond the arrival board's two days: its parcel still has one group, its own pickup's.
  await carrier.schedulePickup(store.code, [far!], 4 * 24 * 60, `Far ${randomUUID().slice(0, 4)}`);
  const takenBy = await carrier.schedulePickup(store.code, [taken!], -5, `Past ${randomUUID().slice(0, 4)}`);

  await signIn(page, people.store_staff);
  await page.goto("/parcels");
  await scan(page, taken!);
  await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${taken} is ready.`);
  await carrier.event(takenBy, { type: "departed", at: new Date().toISOString(), pickedUp: [taken] });
  await page.reload();

  const filter = (name: string) => page.getByRole("button", { name, exact: true }).click();
  await filter("To do");
  await expect(rows(page)).toHaveCount(3);
  for (const id of [soon!, far!, loose!]) await expect(rows(page).filter({ hasText: id })).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Not on a pickup yet" })).toHaveCount(1);

  await filter("Picked up today");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).filter({ hasText: taken! })).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Not on a pickup yet" })).toHaveCount(0);

  await filter("Ready");
  await expect(page.getByText("Nothing here")).toHaveCount(1);
  await expect(rows(page)).toHaveCount(0);

  await filter("Not ready");
  await expect(rows(page)).toHaveCount(3);

  await filter("To do");
  await page.getByLabel("Search tracking ID").fill("zzzz");
  await expect(page.getByText("No parcel matches “zzzz”")).toHaveCount(1);
  await expect(rows(page)).toHaveCount(0);
  await page.getByLabel("Search tracking ID").fill(loose!.slice(-6).toLowerCase());
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).filter({ hasText: loose! })).toHaveCount(1);
});

test("a scan matches in any letter case, and two IDs differing only by case must be typed exactly", async ({
  page,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  const tag = randomUUID().slice(0, 8).toUpperCase();
  const [upper, lower] = await carrier.announceMallParcels(store.code, [`CASE${tag}`, `case${tag.toLowerCase()}`]);
  const [plain] = await carrier.announceMallParcels(store.code, 1);
  await signIn(page, people.store_staff);
  await page.goto("/parcels");
  await scan(page, plain!.toLowerCase());
  await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${plain} is ready.`);
  await scan(page, `Case${tag}`);
  await expect(page.getByTestId("scan-result")).toHaveText(
    `✕ ${upper} and ${lower} differ only by letter case; type the tracking ID exactly as on the label.`,
  );
  await scan(page, lower!);
  await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${lower} is ready.`);
});

test("check-in counts scanned of the manifest, missing and extra as each scan happens", async ({
  page,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  const manifest = await carrier.announceRuralParcels(store.code, store, 3);
  const [extra] = await carrier.announceRuralParcels(store.code, store, 1);
  const driver = `Drop ${randomUUID().slice(0, 6)}`;
  await carrier.dropoffArrived(store.code, store, manifest, driver);
  await signIn(page, people.store_owner);
  await page.goto("/deliveries");
  const progress = page.getByTestId("drop-progress");
  await expect(progress).toHaveText("0 of 3 scanned · 3 missing · 0 extra");
  await scan(page, manifest[0]!);
  await expect(progress).toHaveText("1 of 3 scanned · 2 missing · 0 extra");
  await scan(page, extra!);
  await expect(progress).toHaveText("1 of 3 scanned · 2 missing · 1 extra");
  await scan(page, manifest[1]!.toLowerCase());
  await expect(progress).toHaveText("2 of 3 scanned · 1 missing · 1 extra");

  // The arrival board counts a drop-off by what was scanned in, not by readiness.
  await page.goto("/arrivals");
  await page.getByRole("button", { name: "Yesterday to the next two days" }).click();
  await expect(page.getByTestId("arrival-card").filter({ hasText: driver }).getByTestId("ready-count")).toHaveText(
    "2/3 scanned in",
  );
});

test.describe("on a desktop", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the mall board lists every retailer, a driver tomorrow only when other days are shown", async ({
    page,
    seedStore,
    carrier,
  }) => {
    const { store, people } = await seedStore({ program: "mall_pickup", people: ["regional_manager"] });
    const parcels = await carrier.announceMallParcels(store.code, 1);
    const driver = `Tomorrow ${randomUUID().slice(0, 6)}`;
    await carrier.schedulePickup(store.code, parcels, 24 * 60, driver);
    await signIn(page, people.regional_manager);
    await page.goto("/arrivals");
    await page.getByRole("link", { name: store.mallName! }).click();
    const retailer = page.getByTestId("mall-retailer").filter({ hasText: store.name });
    await expect(retailer.getByText("No driver arrival today.")).toBeVisible();
    await page.getByRole("button", { name: "Yesterday to the next two days" }).click();
    await expect(retailer.getByTestId("arrival-card").filter({ hasText: driver })).toBeVisible();
  });

  test("a region with no local delivery partners shows no table for them", async ({ page, seedStore }) => {
    const { people } = await seedStore({ program: "mall_pickup", people: ["regional_manager"] });
    await signIn(page, people.regional_manager);
    await page.goto("/performance");
    await expect(page.getByRole("heading", { name: "Mall pickup partners" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Local delivery partners" })).toHaveCount(0);
  });
});
