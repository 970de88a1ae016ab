import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { demoAccounts, expectSignedIn, signIn } from "./fixtures";

// Each journey walks several admin pages, creating as it goes.
test.beforeEach(() => test.slow());

/** A card of the admin area, found by its heading. */
const card = (page: Page, title: string) =>
  page.locator("section").filter({ has: page.getByRole("heading", { name: title, exact: true }) });

test("the admin creates a carrier and an API key that works until revoked", async ({ page, request }) => {
  const name = `Prairie Express ${randomUUID().slice(0, 6)}`;
  await signIn(page, demoAccounts.admin);
  await page.getByRole("link", { name: "Admin" }).click();
  const nav = page.getByRole("navigation", { name: "Admin" });
  for (const section of ["Carriers", "Regions", "Malls", "People", "Webhooks", "Audit"]) {
    await expect(nav.getByRole("link", { name: section })).toBeVisible();
  }
  await nav.getByRole("link", { name: "Carriers" }).click();

  await page.getByLabel("Carrier name").fill(name);
  await page.getByRole("button", { name: "Create carrier" }).click();
  const carrier = card(page, name);
  await expect(carrier).toBeVisible();
  await expect(carrier.getByText("No keys yet.")).toBeVisible();

  await carrier.getByLabel("Label (optional)").fill("Production");
  await carrier.getByRole("button", { name: "Create API key" }).click();
  const keyField = carrier.getByLabel("New API key");
  await expect(keyField).toHaveValue(/^hk_/);
  await expect(keyField).toHaveAttribute("readonly", "");
  const key = await keyField.inputValue();
  await expect(carrier.getByRole("button", { name: "Copy" })).toBeVisible();
  const row = carrier.getByRole("row").filter({ hasText: "Production" });
  await expect(row).toContainText(key.slice(0, 10));

  const partners = () => request.get("/api/v1/partners", { headers: { authorization: `Bearer ${key}` } });
  expect((await partners()).status()).toBe(200);

  await row.getByRole("button", { name: "Revoke" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Revoke this API key?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Revoke key" }).click();
  await expect(row).toContainText("Revoked");
  expect((await partners()).status()).toBe(401);

  await nav.getByRole("link", { name: "Audit" }).click();
  await page.getByLabel("Show").selectOption("api_key");
  await expect(page.getByRole("row").filter({ hasText: "API keys · revoke" }).first()).toBeVisible();
});

test("the admin creates and renames a region, and creates a mall in it", async ({ page }) => {
  const region = `Sandhills ${randomUUID().slice(0, 6)}`;
  const mall = `Crossroads ${randomUUID().slice(0, 6)}`;
  await signIn(page, demoAccounts.admin);
  await page.goto("/admin/regions");
  const form = card(page, "New region");
  await form.getByLabel("Region name").fill(region);
  await form.getByLabel("Default time zone").selectOption("America/Denver");
  await form.getByRole("button", { name: "Create region" }).click();
  const list = card(page, "Regions");
  await list.getByRole("button", { name: `Edit ${region}`, exact: true }).click();
  await list.getByLabel("Region name").fill(`${region} North`);
  await list.getByRole("button", { name: "Save region" }).click();
  await expect(list.getByRole("button", { name: `Edit ${region} North`, exact: true })).toBeVisible();

  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Malls" }).click();
  const mallForm = card(page, "New mall");
  await mallForm.getByLabel("Mall name").fill(mall);
  await mallForm.getByLabel("Region").selectOption({ label: `${region} North` });
  await mallForm.getByLabel("Street address").fill("1 Crossroads Blvd");
  await mallForm.getByLabel("City").fill("North Platte");
  await mallForm.getByLabel("State").fill("NE");
  await mallForm.getByLabel("Postal code").fill("69101");
  await mallForm.getByLabel("Latitude").fill("41.1240");
  await mallForm.getByLabel("Longitude").fill("-100.7654");
  await mallForm.getByLabel("Time zone").selectOption("America/Chicago");
  await mallForm.getByRole("button", { name: "Create mall" }).click();
  await expect(card(page, "Malls").getByRole("button", { name: `Edit ${mall}`, exact: true })).toBeVisible();
});

test("the admin creates a manager who signs in with the one-time password, then disables them", async ({
  page,
  browser,
}) => {
  const email = `manager-${randomUUID().slice(0, 6)}@west.example`;
  await signIn(page, demoAccounts.admin);
  await page.goto("/admin/people");
  const form = card(page, "New manager or admin");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill("Rosa Alvarez");
  await form.getByLabel("Role").selectOption("regional_manager");
  await form.getByRole("checkbox").first().check();
  await form.getByRole("button", { name: "Create person" }).click();
  const password = await form.getByLabel("One-time password").inputValue();
  expect(password.length).toBeGreaterThanOrEqual(12);

  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, email, password);
  // A one-time password: the manager chooses their own first.
  await expect(manager).toHaveURL("/set-password");
  await manager.getByLabel("New password").fill(`manager's own ${randomUUID().slice(0, 8)}`);
  await manager.getByRole("button", { name: "Set password" }).click();
  await expectSignedIn(manager);

  await page.getByLabel("Search people").fill(email);
  const row = page.getByRole("list", { name: "People" }).getByRole("listitem").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await row.getByRole("button", { name: "Disable Rosa Alvarez" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Disable account" }).click();
  await expect(row.getByText("Disabled", { exact: true })).toBeVisible();

  // Their open session is refused at once.
  await manager.reload();
  await expect(manager).toHaveURL(/\/login/);
  await managerContext.close();
});

test("the people list keeps its page in the address, through a reload and Back", async ({ page }) => {
  // The demo network alone has more people than one page holds.
  await signIn(page, demoAccounts.admin);
  await page.goto("/admin/people");
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages).toContainText("Page 1 of");
  await pages.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/admin\/people\?page=2$/);
  await expect(pages).toContainText("Page 2 of");
  await page.reload();
  await expect(pages).toContainText("Page 2 of");
  await page.goBack();
  await expect(page).toHaveURL(/\/admin\/people$/);
  await expect(pages).toContainText("Page 1 of");
});
