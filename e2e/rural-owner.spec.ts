import { readFile } from "node:fs/promises";
import { tinyPng } from "./files";
import { expect, signIn, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const photo = tinyPng("door.png");

test("the rural owner scans the morning drop in on a phone and completes the check-in", async ({
  page,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  const parcels = await carrier.announceRuralParcels(store.code, store, 3);
  await carrier.dropoffArrived(store.code, store, parcels, "Sam Route");

  await signIn(page, people.store_owner);
  await page.getByRole("link", { name: "Deliveries" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Deliveries" })).toBeVisible();
  await expect(page.getByTestId("drop-line").filter({ hasText: "announced" })).toHaveCount(3);

  const toScan = parcels.slice(0, 2);
  for (const trackingId of toScan) {
    await page.getByLabel("Scan or type tracking ID").fill(trackingId);
    await page.getByLabel("Scan or type tracking ID").press("Enter");
    await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${trackingId} is at the store.`);
  }

  await page.getByRole("button", { name: "Complete check-in" }).click();
  await expect(page.getByTestId("drop-summary")).toContainText("2 received, 1 missing");
  await expect(page.getByTestId("drop-line").filter({ hasText: "Missing" })).toHaveCount(1);

  // The next step: the scanned parcels are now on today's route.
  await page.getByRole("button", { name: "Next: today's route" }).click();
  const stops = page.getByTestId("route-stop");
  for (const trackingId of toScan) await expect(stops.filter({ hasText: trackingId })).toHaveCount(1);
  await expect(
    page.getByRole("heading", { name: /Today's deliveries · 2 stops · [\d.]+ miles round trip/ }),
  ).toBeVisible();
});

test("the owner logs a delivery with a photo and a failed attempt; a bad file is refused clearly", async ({
  page,
  context,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  const [first, second] = await carrier.parcelsAtRuralStore(store.code, store, 2);
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: store.lat + 0.01, longitude: store.lng, accuracy: 15 });
  await signIn(page, people.store_owner);

  // A non-image and a file over the limit (the test server's is 256 KB) are refused with a clear
  // message; nothing is recorded.
  await page.goto(`/deliveries/${first}`);
  await page
    .getByLabel("Proof photo")
    .setInputFiles({ name: "notes.pdf", mimeType: "image/jpeg", buffer: Buffer.from("%PDF-1.4 not a photo") });
  await page.getByRole("button", { name: "Record delivery" }).click();
  await expect(page.getByTestId("log-result")).toHaveText("That file is not a photo. Use a JPEG, PNG or WebP image.");
  await page
    .getByLabel("Proof photo")
    .setInputFiles({ name: "huge.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(256 * 1024 + 1, 1) });
  await page.getByRole("button", { name: "Record delivery" }).click();
  await expect(page.getByTestId("log-result")).toHaveText(
    "The photo is larger than 256 KB. Take it again at a lower resolution.",
  );
  expect((await carrier.parcel(first!)).status).toBe("at_store");

  // A real photo: delivered.
  await page.getByLabel("Proof photo").setInputFiles(photo);
  await page.getByRole("button", { name: "Record delivery" }).click();
  await expect(page.getByTestId("log-result")).toHaveText(`${first} delivered.`);

  // A failed attempt on another stop.
  await page.goto(`/deliveries/${second}`);
  await page.getByText("Failed", { exact: true }).filter({ visible: true }).click();
  await page.getByLabel("Reason").selectOption("no_access");
  await page.getByRole("button", { name: "Record failed attempt" }).click();
  await expect(page.getByTestId("log-result")).toContainText("Failed attempt recorded");

  await page.goto(`/parcels/${first}`);
  await expect(page.getByText("delivered", { exact: true }).first()).toBeVisible();
  expect((await carrier.parcel(second!)).status).toBe("attempted");
});

test("the owner reads this month's earnings and downloads the statement", async ({ page, seedStore, carrier }) => {
  const { store, people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  const [parcel] = await carrier.parcelsAtRuralStore(store.code, store, 1);
  await signIn(page, people.store_owner);
  await page.goto(`/deliveries/${parcel}`);
  await page.getByLabel("Proof photo").setInputFiles(photo);
  await page.getByRole("button", { name: "Record delivery" }).click();
  await expect(page.getByTestId("log-result")).toHaveText(`${parcel} delivered.`);

  // On a phone, the owner's less used sections sit under "More".
  await page.getByRole("button", { name: "More", exact: true }).click();
  await page.getByRole("link", { name: "Earnings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Earnings · / })).toBeVisible();
  // One parcel at the default rate of $2.50.
  await expect(page.getByTestId("earnings-total")).toContainText("1 parcel delivered · $2.50");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  const csv = (await readFile((await download.path())!, "utf8")).trim().split("\r\n");
  expect(csv[0]).toBe("day,parcels_delivered,earned_usd");
  expect(csv.at(-1)).toBe("total,1,2.50");

  // This month is the latest there is: no paging into months that have not begun.
  await expect(page.getByRole("link", { name: "Next month →" })).toHaveCount(0);
  await page.getByRole("link", { name: "← Previous month" }).click();
  await page.getByRole("link", { name: "Next month →" }).click();
  await expect(page.getByTestId("earnings-total")).toContainText("1 parcel delivered · $2.50");
});

test("the owner sets a closure day ahead and removes it", async ({ page, seedStore }) => {
  const { people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  await signIn(page, people.store_owner);
  await page.getByRole("button", { name: "More", exact: true }).click();
  await page.getByRole("link", { name: "Store" }).click();
  await page.getByLabel("Closed on").fill("2028-07-04");
  await page.getByLabel("Reason (optional)").fill("Independence Day");
  await page.getByRole("button", { name: "Add closure day" }).click();
  const day = page.getByTestId("closure-day").filter({ hasText: "Tue, Jul 4, 2028" });
  await expect(day).toContainText("Independence Day");
  await page.getByRole("button", { name: "Add closure day" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "already a closure day" })).toBeVisible();
  await day.getByRole("button", { name: "Remove" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove closure day" }).click();
  await expect(day).toHaveCount(0);
});
