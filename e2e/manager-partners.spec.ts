import { randomUUID } from "node:crypto";
import { expect, signIn, test } from "./fixtures";

test("a manager onboards a rural partner and gives its owner access, who then signs in to it", async ({
  page,
  browser,
  seedStore,
}) => {
  const { people } = await seedStore({ program: "local_delivery", people: ["regional_manager"] });
  const suffix = randomUUID().slice(0, 5).toUpperCase();
  const code = `AZ-E2E${suffix}`;
  await signIn(page, people.regional_manager);
  await page.getByRole("link", { name: "Partners" }).click();
  await page.getByRole("link", { name: "Onboard a partner" }).click();
  await page.getByLabel("Partner code").fill(code);
  await page.getByLabel("Store name").fill(`Casa Grande Feed ${suffix}`);
  await page.getByLabel("Street address").fill("401 N Florence St");
  await page.getByLabel("Town or city").fill("Casa Grande");
  await page.getByLabel("State").fill("AZ");
  await page.getByLabel("Postal code").fill("85122");
  await page.getByLabel("Latitude").fill("32.8795");
  await page.getByLabel("Longitude").fill("-111.7574");
  await page.getByLabel("Time zone").selectOption("America/Phoenix");
  await page.getByRole("button", { name: "Onboard partner" }).click();

  await expect(page).toHaveURL(`/partners/${code}`);
  await expect(page.getByRole("heading", { level: 1, name: `Casa Grande Feed ${suffix}` })).toBeVisible();

  // A bad edit is refused field by field and keeps what was typed.
  await page.getByLabel("Delivery radius (miles)").fill("80");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("At most 50 miles.")).toBeVisible();
  await expect(page.getByLabel("Delivery radius (miles)")).toHaveValue("80");

  const email = `owner-${suffix.toLowerCase()}@feed.example`;
  await page.getByLabel("Name", { exact: true }).fill("Dolores Ruiz");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role").selectOption("store_owner");
  await page.getByRole("button", { name: "Give access" }).click();
  const password = (await page
    .getByRole("status")
    .filter({ hasText: "One-time password" })
    .locator("code")
    .textContent())!.trim();

  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signIn(owner, email, password);
  // A one-time password: the owner chooses their own first.
  await expect(owner).toHaveURL("/set-password");
  await owner.getByLabel("New password").fill(`feed store ${suffix} passphrase`);
  await owner.getByRole("button", { name: "Set password" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: `Casa Grande Feed ${suffix}` })).toBeVisible();
  await ownerContext.close();
});
