import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

async function scan(page: Page, trackingId: string) {
  const field = page.getByLabel(/Scan or type tracking ID|Scan each parcel/);
  await field.fill(trackingId);
  await field.press("Enter");
}

function arrivalCard(page: Page, driverName: string) {
  return page.getByTestId("arrival-card").filter({ hasText: driverName });
}

/** Boards show the store's today; these drivers may fall on another day, whatever the hour. */
async function showAllDays(page: Page) {
  await page.getByRole("button", { name: "Yesterday to the next two days" }).click();
}

test("staff scan three parcels ready and the manager's mall board updates live", async ({
  browser,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff", "regional_manager"] });
  const parcels = await carrier.announceMallParcels(store.code, 3);
  const driver = `Driver ${randomUUID().slice(0, 6)}`;
  await carrier.schedulePickup(store.code, parcels, 120, driver);

  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, people.regional_manager);
  await manager.getByRole("link", { name: "Arrivals" }).click();
  await manager.getByRole("link", { name: store.mallName! }).click();
  await showAllDays(manager);
  await expect(arrivalCard(manager, driver).getByTestId("ready-count")).toHaveText("0/3 ready");

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, people.store_staff);
  await staff.getByRole("link", { name: "Parcels" }).click();
  for (const trackingId of parcels) {
    await scan(staff, trackingId);
    await expect(staff.getByTestId("scan-result")).toHaveText(`✓ ${trackingId} is ready.`);
  }
  // A wrong scan is answered specifically and changes nothing.
  await scan(staff, "NOT-A-PARCEL");
  await expect(staff.getByTestId("scan-result")).toHaveText("✕ No parcel NOT-A-PARCEL at your store.");

  // No reload on the manager's side: the board follows the change feed.
  await expect(arrivalCard(manager, driver).getByTestId("ready-count")).toHaveText("3/3 ready");
  await managerContext.close();
  await staffContext.close();
});

test("undo puts a ready parcel back until pickup", async ({ page, seedStore, carrier }) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  const [parcel] = await carrier.announceMallParcels(store.code, 1);
  await signIn(page, people.store_staff);
  await page.goto("/parcels");
  await scan(page, parcel!);
  const row = page.getByTestId("queue-row").filter({ hasText: parcel! });
  await expect(row.getByText("ready", { exact: true })).toBeVisible();
  await row.getByRole("button", { name: `Undo ready for ${parcel}` }).click();
  await expect(row.getByText("announced", { exact: true })).toBeVisible();
});

test("a handoff with a parcel the driver does not list becomes a discrepancy for staff and manager", async ({
  page,
  browser,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff", "regional_manager"] });
  const [first, second] = await carrier.announceMallParcels(store.code, 2);
  const driver = `Driver ${randomUUID().slice(0, 6)}`;
  const arrivalId = await carrier.schedulePickup(store.code, [first!, second!], -5, driver);

  await signIn(page, people.store_staff);
  await page.goto("/arrivals");
  await showAllDays(page);
  await arrivalCard(page, driver).getByRole("link", { name: "Hand over" }).click();
  await page.getByRole("button", { name: "Driver has arrived" }).click();
  for (const trackingId of [first!, second!]) {
    await scan(page, trackingId);
    // Never marked ready: the person confirms before it goes.
    await page.getByRole("alertdialog").getByRole("button", { name: "Hand over anyway" }).click();
    await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${trackingId} handed over.`);
  }
  await expect(page.getByTestId("handed-count")).toHaveText("2/2 handed over");

  const result = await carrier.event(arrivalId, { type: "departed", at: new Date().toISOString(), pickedUp: [first] });
  expect(result.discrepancies).toEqual([{ trackingId: second, kind: "handoff_mismatch" }]);
  const line = page.getByTestId("handoff-line").filter({ hasText: second! });
  await expect(line.getByText("Handoff mismatch")).toBeVisible();

  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, people.regional_manager);
  await manager.goto("/arrivals");
  await manager.getByRole("link", { name: store.mallName! }).click();
  await showAllDays(manager);
  await expect(arrivalCard(manager, driver).getByText("1 discrepancies")).toBeVisible();
  await managerContext.close();
});

test("the pickup manifest prints with a barcode for each parcel", async ({ page, seedStore, carrier }) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  const parcels = await carrier.announceMallParcels(store.code, 2);
  const driver = `Driver ${randomUUID().slice(0, 6)}`;
  await carrier.schedulePickup(store.code, parcels, 90, driver);
  await signIn(page, people.store_staff);
  await page.goto("/arrivals");
  await showAllDays(page);
  await arrivalCard(page, driver).getByRole("link", { name: "Manifest" }).click();
  await expect(page.getByRole("heading", { name: "Pickup manifest" })).toBeVisible();
  for (const trackingId of parcels) {
    const barcode = page.getByRole("img", { name: `Barcode ${trackingId}` });
    await expect(barcode.locator("svg path").first()).toBeAttached();
  }
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
});
