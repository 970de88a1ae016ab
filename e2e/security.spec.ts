import { randomUUID } from "node:crypto";
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { demoAccounts, expectSignedIn, formAlert, signIn, signInRefused } from "./fixtures";

test.describe("security headers", () => {
  const common = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
  };

  test("a page has a nonce-based policy that its own scripts carry", async ({ page }) => {
    const response = await page.goto("/login");
    const headers = response!.headers();
    expect(headers).toMatchObject(common);
    expect(headers["permissions-policy"]).toContain("camera=(self), geolocation=(self)");
    const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
    expect(nonce).toBeTruthy();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
    // The page works under its policy: the form signs in.
    await signIn(page, demoAccounts.staff);
    await expectSignedIn(page);
  });

  test("a tRPC answer and a Carrier API answer carry them too, and keep a sane request id", async ({ request }) => {
    const trpc = await request.get("/api/trpc/users.me", { headers: { "x-request-id": "client-req-0001" } });
    expect(trpc.status()).toBe(401);
    expect(trpc.headers()).toMatchObject({
      ...common,
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
      "x-request-id": "client-req-0001",
    });
    const api = await request.get("/api/v1/partners", { headers: { authorization: "Bearer demo-carrier-key" } });
    expect(api.status()).toBe(200);
    expect(api.headers()).toMatchObject({
      ...common,
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    });
    expect(api.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });
});

/** The session cookies of a signed-in page, to replay from elsewhere as an attacker would. */
async function copiedSession(page: Page, browser: Browser) {
  const stolen = await browser.newContext();
  await stolen.addCookies(await page.context().cookies());
  return stolen;
}

async function expectSignedOut(context: BrowserContext) {
  const other = await context.newPage();
  await other.goto("/");
  await expect(other).toHaveURL(/\/login/);
  const me = await context.request.get("/api/trpc/users.me");
  expect(me.status()).toBe(401);
}

test("signing out makes a copy of the old cookie fail at once", async ({ page, browser }) => {
  await signIn(page, demoAccounts.admin);
  await expectSignedIn(page);
  const copy = await copiedSession(page, browser);
  expect((await copy.request.get("/api/trpc/users.me")).status()).toBe(200);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expectSignedOut(copy);
  await copy.close();
});

test("a person with a one-time password sets their own first, then changes it from the account page", async ({
  page,
  browser,
}) => {
  const suffix = randomUUID().slice(0, 8);
  const email = `new-staff-${suffix}@sundial.example`;
  await signIn(page, demoAccounts.manager);
  await page.goto("/partners/CHN-SUNDIAL");
  await page.getByLabel("Name", { exact: true }).fill(`New Staff ${suffix}`);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Give access" }).click();
  const oneTime = (await page
    .getByRole("status")
    .filter({ hasText: "One-time password" })
    .locator("code")
    .textContent())!.trim();

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, email, oneTime);
  await expect(staff).toHaveURL("/set-password");
  // Nothing else opens until then.
  await staff.goto("/parcels");
  await expect(staff).toHaveURL("/set-password");
  await staff.getByLabel("New password").fill("password1234");
  await staff.getByRole("button", { name: "Set password" }).click();
  await expect(staff.getByText("This password is too common. Choose another.")).toBeVisible();
  const first = `sundial staff ${suffix} first`;
  await staff.getByLabel("New password").fill(first);
  await staff.getByRole("button", { name: "Set password" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Sundial Outfitters" })).toBeVisible();

  // Signed in on a second device too (a session of its own), which the change must sign out.
  const secondDevice = await browser.newContext();
  await signIn(await secondDevice.newPage(), email, first);
  expect((await secondDevice.request.get("/api/trpc/users.me")).status()).toBe(200);
  await staff.getByRole("link", { name: "Account" }).click();
  await expect(staff.getByText(email)).toBeVisible();
  await staff.getByLabel("Current password").fill("not the password");
  await staff.getByLabel("New password").fill(`sundial staff ${suffix} second`);
  await staff.getByRole("button", { name: "Change password" }).click();
  await expect(staff.getByText("Your current password is not right.")).toBeVisible();
  await staff.getByLabel("Current password").fill(first);
  await staff.getByRole("button", { name: "Change password" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();
  // This device stays signed in; the other is signed out at once.
  await staff.goto("/");
  await expectSignedIn(staff);
  expect((await secondDevice.request.get("/api/trpc/users.me")).status()).toBe(401);

  // Disabling the person ends this session too.
  await page.getByRole("button", { name: `Disable New Staff ${suffix}` }).click();
  await page
    .getByRole("alertdialog", { name: `Disable New Staff ${suffix}?` })
    .getByRole("button", { name: "Disable account" })
    .click();
  await expect(page.getByRole("button", { name: `Enable New Staff ${suffix}` })).toBeVisible();
  await staff.goto("/");
  await expect(staff).toHaveURL(/\/login/);
  await secondDevice.close();
  await staffContext.close();
});

test("throttling slows one account from one address, and a forged X-Forwarded-For changes nothing", async ({
  page,
}) => {
  const email = `someone-${randomUUID().slice(0, 8)}@example.com`;
  for (let attempt = 1; attempt <= 4; attempt++) {
    await signInRefused(page, email, "guess");
    await expect(formAlert(page)).toHaveText("Wrong email or password.");
  }
  await signInRefused(page, email, "guess");
  await expect(formAlert(page)).toHaveText("Too many failed sign-ins. Please wait 15 seconds and try again.");
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.77" });
  await signInRefused(page, email, "guess");
  await expect(formAlert(page)).toHaveText(/Too many failed sign-ins\. Please wait \d+ seconds?/);
});
