import { expect, test } from "@playwright/test";
import { demoAccounts, expectSignedIn, signIn } from "./fixtures";

const key = { authorization: "Bearer demo-carrier-key" };

test("broken percent-encoding in a path is refused, never a server error", async ({ request }) => {
  for (const path of ["/api/v1/parcels/%25", "/api/v1/parcels/%", "/api/v1/arrivals/%C3"]) {
    const response = await request.get(path, { headers: key });
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.status(), path).toBeLessThan(500);
  }
});

test("a parcel page with a broken or impossible tracking ID shows not found", async ({ page }) => {
  await signIn(page, demoAccounts.staff);
  await expectSignedIn(page);
  for (const path of ["/parcels/%25", "/parcels/%", `/parcels/${"X".repeat(80)}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
    // A page that streams answers 200 before it knows; what the person sees is the not-found page.
    if (response?.status() === 200) await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
});

test("an address that does not exist shows not found inside the portal, with its navigation", async ({ page }) => {
  await signIn(page, demoAccounts.staff);
  await expectSignedIn(page);
  const response = await page.goto("/no-such-page");
  // The portal streams its pages, so the status may be sent (200) before the page knows.
  expect(response?.status()).toBeLessThan(500);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Account" })).toBeVisible();
});

test("an endpoint that does not exist answers 404 in the API's error envelope", async ({ request }) => {
  const response = await request.get("/api/v1/no-such-endpoint", { headers: key });
  expect(response.status()).toBe(404);
  expect(await response.json()).toEqual({ error: { code: "not_found", message: "There is no such endpoint." } });
});
