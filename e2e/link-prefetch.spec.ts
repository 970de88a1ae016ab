import { expect, signIn, test } from "./fixtures";

// Store staff work on a phone, often on a poor signal.
test.use({ viewport: { width: 390, height: 844 } });

test("the parcel queue fetches a parcel's page when a link is reached for, not every page it shows, and opens it in place", async ({
  page,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  const parcels = await carrier.announceMallParcels(store.code, 3);
  await signIn(page, people.store_staff);

  // Pages fetched ahead for the router, as opposed to the one the person opened.
  const fetchedAhead: string[] = [];
  page.on("request", (request) => {
    if (request.headers().rsc === "1" && request.headers()["next-router-prefetch"]) fetchedAhead.push(request.url());
  });
  await page.goto("/parcels");
  const rows = page.getByTestId("queue-row");
  await expect(rows).toHaveCount(3);
  // Time for the viewport prefetch the framework would otherwise start.
  await page.waitForTimeout(1500);
  expect(fetchedAhead).toEqual([]);

  const link = page.getByRole("link", { name: `Details of ${parcels[0]}` });
  await link.hover();
  await expect.poll(() => fetchedAhead.some((url) => url.includes(`/parcels/${parcels[0]}`))).toBe(true);
  expect(fetchedAhead.filter((url) => url.includes(`/parcels/${parcels[1]}`))).toEqual([]);

  // The click opens the page within this one: what the page held is still there, nothing reloaded.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/parcels/${parcels[0]}$`));
  await expect(page.getByRole("heading", { name: `Parcel ${parcels[0]}` })).toBeVisible();
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
});
