import { expect, test } from "@playwright/test";
import { demoAccounts, expectSignedIn, formAlert, signIn, signInRefused } from "./fixtures";

test.describe("each demo account lands on its own home", () => {
  test("mall store staff see their store's today", async ({ page }) => {
    await signIn(page, demoAccounts.staff);
    await expect(page).toHaveURL("/");
    await expect(page.getByRole("heading", { level: 1, name: "Sundial Outfitters" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Parcels today" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Next driver" })).toBeVisible();
    await expect(page.getByText("America/Phoenix")).toBeVisible();
  });

  test("the rural store owner sees their store's today", async ({ page }) => {
    await signIn(page, demoAccounts.owner);
    await expect(page.getByRole("heading", { level: 1, name: "Prairie Bloom Florist" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Deliveries" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Earnings" })).toBeVisible();
  });

  test("the regional manager sees the partners of their region only", async ({ page }) => {
    await signIn(page, demoAccounts.manager);
    await expect(page.getByRole("heading", { level: 1, name: "Your region" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Southwest" })).toBeVisible();
    // The partner list (the home may also name a partner under alerts or arrivals at risk).
    const partners = page.getByRole("region", { name: "Partners" });
    await expect(partners.getByRole("link", { name: "Sundial Outfitters" })).toBeVisible();
    await expect(partners.getByRole("link", { name: "Neon Leaf Apparel" })).toBeVisible();
    await expect(page.getByText("Capitol Books")).toHaveCount(0);
    await expect(page.getByText("Prairie Bloom Florist")).toHaveCount(0);
  });

  test("the admin sees the network overview", async ({ page }) => {
    await signIn(page, demoAccounts.admin);
    await expect(page.getByRole("heading", { level: 1, name: "Network overview" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Active partners" })).toBeVisible();
  });
});

test("a wrong password shows an error and keeps the person signed out", async ({ page }) => {
  await signInRefused(page, demoAccounts.staff, "not-the-password");
  await expect(formAlert(page)).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel("Email")).toHaveValue(demoAccounts.staff);
});

test("a signed-out visit goes to sign-in and returns to the page asked for", async ({ page }) => {
  await page.goto("/partners/CHN-SUNDIAL");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await signIn(page, demoAccounts.manager);
  await expect(page).toHaveURL("/partners/CHN-SUNDIAL");
  await expect(page.getByRole("heading", { level: 1, name: "Sundial Outfitters" })).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, demoAccounts.admin);
  await expectSignedIn(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("a manager cannot open another region's partner", async ({ page }) => {
  await signIn(page, demoAccounts.manager);
  await expectSignedIn(page);
  await page.goto("/partners/TYS-CAPITOL");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByText("Capitol Books")).toHaveCount(0);
});
