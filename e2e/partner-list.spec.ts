import type { Locator } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/** The partners' names in the list, top to bottom. */
function names(list: Locator) {
  return list.getByTestId("partner-row").locator("th a").allTextContents();
}

test("a manager's partners list is searched, sorted and paged by the server", async ({ page, seedStore }) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["regional_manager"], listFillers: 30 });
  const neighbour = (n: number) => `${store.name} ${String(n).padStart(2, "0")}`;
  const byName = [store.name, ...Array.from({ length: 30 }, (_, i) => neighbour(i + 1))];

  await signIn(page, people.regional_manager);
  await page.getByRole("link", { name: "Partners" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Partners" })).toBeVisible();
  const list = page.getByTestId("partner-list");
  const pages = page.getByRole("navigation", { name: "Partners pages" });
  await expect(page.getByText("31 partner stores you can see")).toBeVisible();
  await expect(pages).toContainText("Page 1 of 2");
  expect(await names(list)).toEqual(byName.slice(0, 25));

  // By code, descending, across both pages.
  await list.getByRole("link", { name: "Code" }).click();
  await list.getByRole("link", { name: "Code ↑" }).click();
  await expect(page).toHaveURL(/sort=code&dir=desc/);
  await expect(list.getByRole("columnheader", { name: /Code/ })).toHaveAttribute("aria-sort", "descending");
  const descending = [...byName].reverse();
  await expect.poll(() => names(list)).toEqual(descending.slice(0, 25));
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(pages).toContainText("Page 2 of 2");
  await expect.poll(() => names(list)).toEqual(descending.slice(25));
  await page.reload();
  expect(await names(list)).toEqual(descending.slice(25));

  // A search by partner code, from the first page; by name too.
  await page.getByLabel("Search partners").fill(`${store.code}-1`);
  await page.getByRole("button", { name: "Search" }).click();
  // T-TAG-10 to T-TAG-19.
  await expect(page.getByText(`10 partner stores match “${store.code}-1”`)).toBeVisible();
  await expect(pages).toContainText("Page 1 of 1");
  await expect.poll(() => names(list)).toEqual(Array.from({ length: 10 }, (_, i) => neighbour(19 - i)));
  await page.getByLabel("Search partners").fill(neighbour(7).toLowerCase());
  await page.getByRole("button", { name: "Search" }).click();
  await expect.poll(() => names(list)).toEqual([neighbour(7)]);

  // Junk in the address shows the defaults, never an error.
  await page.goto("/partners?sort=password&dir=up&page=abc&size=1000");
  await expect(pages).toContainText("Page 1 of 2");
  expect(await names(list)).toEqual(byName.slice(0, 25));
});
