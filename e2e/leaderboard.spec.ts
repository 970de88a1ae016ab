import type { Locator } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/** The partners' names in a leaderboard, top to bottom. */
function names(table: Locator) {
  return table.getByTestId("leaderboard-row").locator("th a").allTextContents();
}

test("the leaderboard is sorted and paged by the server, the page in the address", async ({
  page,
  seedStore,
  carrier,
}) => {
  // 31 partners in the manager's region: the store and 30 more, "Test Store TAG 01" to "30".
  const { store, people } = await seedStore({
    program: "local_delivery",
    people: ["regional_manager"],
    listFillers: 30,
  });
  const neighbour = (n: number) => `${store.name} ${String(n).padStart(2, "0")}`;
  const byName = [store.name, ...Array.from({ length: 30 }, (_, i) => neighbour(i + 1))];
  // Parcels at neighbour 17, none delivered: the only partner with a delivery completion (0 %).
  await carrier.parcelsAtRuralStore(`${store.code}-17`, store, 2);

  await signIn(page, people.regional_manager);
  await page.getByRole("link", { name: "Performance" }).click();
  await page.getByRole("link", { name: "7 days" }).click();
  await expect(page).toHaveURL(/period=7/);
  const table = page.getByTestId("leaderboard-local_delivery");
  const pages = page.getByRole("navigation", { name: "Local delivery partners pages" });

  // 10 a page, in name order.
  await expect(pages).toContainText("Page 1 of 4");
  expect(await names(table)).toEqual(byName.slice(0, 10));
  // 25 a page when chosen.
  await page.getByLabel("Rows per page").selectOption("25");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/size=25/);
  await expect(pages).toContainText("Page 1 of 2");
  expect(await names(table)).toEqual(byName.slice(0, 25));

  // Partner, descending: the server's order continues on the next page.
  await table.getByRole("link", { name: "Partner" }).click();
  await expect(page).toHaveURL(/sort=name&dir=desc/);
  await expect(table.getByRole("columnheader", { name: /^Partner( [↑↓])?$/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  const descending = [...byName].reverse();
  await expect.poll(() => names(table)).toEqual(descending.slice(0, 25));
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/deliveryPage=2/);
  await expect(pages).toContainText("Page 2 of 2");
  await expect.poll(() => names(table)).toEqual(descending.slice(25));
  await expect(pages.getByRole("link", { name: "Next" })).toHaveCount(0);

  // The page survives a reload (and so a shared address).
  await page.reload();
  await expect(pages).toContainText("Page 2 of 2");
  expect(await names(table)).toEqual(descending.slice(25));
  await pages.getByRole("link", { name: "Previous" }).click();
  await expect(pages).toContainText("Page 1 of 2");
  await expect.poll(() => names(table)).toEqual(descending.slice(0, 25));

  // By a figure: the one partner measured first, the others after it by name, across both pages.
  // The rollup counts the parcels in the background within seconds: look again until it has.
  await table.getByRole("link", { name: "Delivery completion" }).click();
  await expect(page).toHaveURL(/sort=completion&dir=asc/);
  const byCompletion = [neighbour(17), ...byName.filter((n) => n !== neighbour(17))];
  await expect(async () => {
    await page.reload();
    expect(await names(table)).toEqual(byCompletion.slice(0, 25));
  }).toPass({ timeout: 30_000 });
  await expect(table.getByRole("columnheader", { name: /^Delivery completion( [↑↓])?$/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  await pages.getByRole("link", { name: "Next" }).click();
  await expect.poll(() => names(table)).toEqual(byCompletion.slice(25));

  // An address with junk in it shows the defaults, never an error.
  await page.goto("/performance?period=7&sort=nonsense&dir=sideways&size=7&deliveryPage=-3");
  await expect(pages).toContainText("Page 1 of 4");
  expect(await names(table)).toEqual(byName.slice(0, 10));
});
