import { expect, test } from "@playwright/test";
import { demoAccounts, signIn } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("the rural owner scans the morning drop in on a phone and completes the check-in", async ({ page }) => {
  await signIn(page, demoAccounts.owner);
  await page.getByRole("link", { name: "Deliveries" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Deliveries" })).toBeVisible();

  const waiting = page.getByTestId("drop-line").filter({ hasText: "announced" });
  const toScan = (await waiting.locator(".font-mono").allTextContents()).slice(0, 2);
  expect(toScan.length).toBe(2);
  for (const trackingId of toScan) {
    await page.getByLabel("Scan or type tracking ID").fill(trackingId);
    await page.getByLabel("Scan or type tracking ID").press("Enter");
    await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${trackingId} is at the store.`);
  }
  const stillMissing = await page.getByTestId("drop-line").filter({ hasText: "announced" }).count();

  await page.getByRole("button", { name: "Complete check-in" }).click();
  await expect(page.getByTestId("drop-summary")).toContainText(`${stillMissing} missing`);
  await expect(page.getByTestId("drop-line").filter({ hasText: "Missing" })).toHaveCount(stillMissing);

  // The scanned parcels are now on today's route.
  const stops = page.getByTestId("route-stop");
  for (const trackingId of toScan) await expect(stops.filter({ hasText: trackingId })).toHaveCount(1);
  await expect(
    page.getByRole("heading", { name: /Today's deliveries · \d+ stops · [\d.]+ miles round trip/ }),
  ).toBeVisible();
});
