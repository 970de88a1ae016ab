import { expect, test } from "@playwright/test";
import { demoAccounts, signIn } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
// One after another: they share the demo store's day, and the earnings test compares two reads.
test.describe.configure({ mode: "default" });

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

test("the owner logs a delivery with a photo and a failed attempt; a bad file is refused clearly", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: 41.41, longitude: -99.63, accuracy: 15 });
  await signIn(page, demoAccounts.owner);
  await page.goto("/deliveries");
  const stops = page.getByTestId("route-stop");
  await expect(stops.first()).toBeVisible();
  const [first, second, third] = await stops.locator("a").allTextContents();

  // A non-image and a 20 MB file are refused with a clear message; nothing is recorded.
  await page.goto(`/deliveries/${first}`);
  await page
    .getByLabel("Proof photo")
    .setInputFiles({ name: "notes.pdf", mimeType: "image/jpeg", buffer: Buffer.from("%PDF-1.4 not a photo") });
  await page.getByRole("button", { name: "Record delivery" }).click();
  await expect(page.getByTestId("log-result")).toHaveText("That file is not a photo. Use a JPEG, PNG or WebP image.");
  await page
    .getByLabel("Proof photo")
    .setInputFiles({ name: "huge.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(20 * 1024 * 1024, 1) });
  await page.getByRole("button", { name: "Record delivery" }).click();
  await expect(page.getByTestId("log-result")).toContainText("larger than 10 MB");

  // A real photo: delivered.
  await page
    .getByLabel("Proof photo")
    .setInputFiles({ name: "door.png", mimeType: "image/png", buffer: Buffer.from(pngBase64, "base64") });
  await page.getByRole("button", { name: "Record delivery" }).click();
  await expect(page.getByTestId("log-result")).toHaveText(`${first} delivered.`);

  // A failed attempt on another stop.
  await page.goto(`/deliveries/${second ?? third}`);
  await page.getByText("Failed", { exact: true }).click();
  await page.getByLabel("Reason").selectOption("no_access");
  await page.getByRole("button", { name: "Record failed attempt" }).click();
  await expect(page.getByTestId("log-result")).toContainText("Failed attempt recorded");

  await page.goto(`/parcels/${first}`);
  await expect(page.getByText("delivered", { exact: true }).first()).toBeVisible();
});

// A 2×2 PNG.
const pngBase64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==";

test("the owner reads this month's earnings and downloads the statement", async ({ page }) => {
  await signIn(page, demoAccounts.owner);
  await page.getByRole("link", { name: "Earnings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Earnings · / })).toBeVisible();
  const total = await page.getByTestId("earnings-total").textContent();
  const [, parcels, dollars] = /(\d+) parcels delivered · \$([\d,.]+)/.exec(total ?? "") ?? [];
  expect(Number(parcels)).toBeGreaterThan(0);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  const csv = (await (await import("node:fs/promises")).readFile((await download.path())!, "utf8"))
    .trim()
    .split("\r\n");
  expect(csv[0]).toBe("day,parcels_delivered,earned_usd");
  expect(csv.at(-1)).toBe(`total,${parcels},${dollars!.replaceAll(",", "")}`);
});

test("the owner sets a closure day ahead and removes it", async ({ page }) => {
  await signIn(page, demoAccounts.owner);
  await page.getByRole("link", { name: "Store" }).click();
  await page.getByLabel("Closed on").fill("2028-07-04");
  await page.getByLabel("Reason (optional)").fill("Independence Day");
  await page.getByRole("button", { name: "Add closure day" }).click();
  const day = page.getByTestId("closure-day").filter({ hasText: "2028-07-04" });
  await expect(day).toContainText("Independence Day");
  await page.getByRole("button", { name: "Add closure day" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "already a closure day" })).toBeVisible();
  await day.getByRole("button", { name: "Remove" }).click();
  await expect(day).toHaveCount(0);
});
