import { expect, signIn, test } from "./fixtures";

test("dates read in the person's own locale: Spanish for a Spanish browser, US English by default", async ({
  page,
  browser,
  seedStore,
}) => {
  const { people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  // The default browser (en-US) sets a closure day and reads it in US form.
  await signIn(page, people.store_owner);
  await page.goto("/store");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
  await page.getByLabel("Closed on").fill("2028-07-04");
  await page.getByRole("button", { name: "Add closure day" }).click();
  await expect(page.getByTestId("closure-day")).toContainText("Tue, Jul 4, 2028");

  // The same person on a browser set to Spanish (Spain) reads the same day in Spanish form.
  const spanish = await browser.newContext({ locale: "es-ES" });
  const phone = await spanish.newPage();
  await signIn(phone, people.store_owner);
  await phone.goto("/store");
  await expect(phone.locator("html")).toHaveAttribute("lang", "es");
  await expect(phone.getByTestId("closure-day")).toContainText("mar, 4 jul 2028");
  await expect(phone.getByText("2028-07-04")).toHaveCount(0);
  await spanish.close();
});
