import type { Page } from "@playwright/test";
import { localDayOf } from "../lib/local-day";
import { expect, signIn, test } from "./fixtures";

/** The tracking IDs found, top to bottom. */
function found(page: Page) {
  return page.getByTestId("parcel-search-row").locator("th a").allTextContents();
}

test("a manager searches the region's parcels by recipient, tracking ID and day, and opens one", async ({
  page,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["regional_manager"] });
  // Another region's store, whose parcel has the same recipient: the manager never sees it.
  const { store: elsewhere } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  const ours = await carrier.announceMallParcels(store.code, 3);
  const [theirs] = await carrier.announceMallParcels(elsewhere.code, 1);
  const newestFirst = [...ours].reverse();

  await signIn(page, people.regional_manager);
  await page.getByRole("link", { name: "Parcel search" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Parcel search" })).toBeVisible();
  await expect(page.getByText("Search for a parcel")).toBeVisible();

  // Part of the recipient's name, in another case.
  await page.getByLabel("Tracking ID or recipient").fill("ORDAN L");
  await page.getByRole("button", { name: "Search" }).click();
  // Only what was asked is in the address: no empty date.
  await expect(page).toHaveURL(/\/parcels\/search\?q=ORDAN\+L$/);
  await expect.poll(() => found(page)).toEqual(newestFirst);
  const results = page.getByTestId("parcel-search-results");
  await expect(results.getByRole("row").nth(1)).toContainText(store.name);
  await expect(results.getByRole("row").nth(1)).toContainText("Jordan Lee");
  await expect(results.getByRole("row").nth(1)).toContainText("announced");
  expect(await found(page)).not.toContain(theirs);
  // The search is in the address: a reload shows the same.
  await page.reload();
  expect(await found(page)).toEqual(newestFirst);

  // The other region's parcel by its own tracking ID: nothing.
  await page.getByLabel("Tracking ID or recipient").fill(theirs!);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No parcels match")).toBeVisible();

  // Today in the store's own time zone, with no text.
  await page.getByLabel("Tracking ID or recipient").fill("");
  const today = localDayOf(new Date(), store.timeZone);
  await page.getByLabel("Date").fill(today);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`/parcels/search\\?date=${today}$`));
  await expect.poll(() => found(page)).toEqual(newestFirst);

  // A tracking ID in lower case, then open it.
  await page.getByLabel("Date").fill("");
  await page.getByLabel("Tracking ID or recipient").fill(ours[1]!.toLowerCase());
  await page.getByRole("button", { name: "Search" }).click();
  await expect.poll(() => found(page)).toEqual([ours[1]]);
  await page.getByRole("link", { name: ours[1]! }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Parcel ${ours[1]}` })).toBeVisible();
});

test("junk in the parcel search's address answers a plain message", async ({ page, seedStore }) => {
  const { people } = await seedStore({ program: "mall_pickup", people: ["regional_manager"] });
  await signIn(page, people.regional_manager);
  const message = page.getByRole("main").getByRole("alert");
  for (const [query, text] of [
    ["date=2026-13-45", "Use a date like 2026-11-24."],
    [`q=${"x".repeat(300)}`, "Use at most 100 characters."],
    ["q=a%01b", "Remove the control characters."],
  ] as const) {
    const response = await page.goto(`/parcels/search?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(message).toHaveText(text);
  }
  // A page number that is not one falls back to the first page.
  const response = await page.goto("/parcels/search?q=nobody&page=abc");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("No parcels match")).toBeVisible();
});
