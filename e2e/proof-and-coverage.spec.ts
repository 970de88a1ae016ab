import { tinyPng } from "./files";
import { expect, signIn, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const photo = tinyPng("door.png");

test("a delivered parcel's page shows its proof to the owner and the region's manager, and nobody else", async ({
  page,
  browser,
  context,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({
    program: "local_delivery",
    people: ["store_owner", "regional_manager"],
  });
  const other = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  const [parcel] = await carrier.parcelsAtRuralStore(store.code, store, 1);
  // About 14 miles north: outside the 10-mile radius, recorded all the same and flagged.
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: store.lat + 0.2, longitude: store.lng, accuracy: 15 });
  await signIn(page, people.store_owner);
  await page.goto(`/deliveries/${parcel}`);
  await page.getByLabel("Recipient name").fill("Pat Porch");
  await page.getByLabel("Proof photo").setInputFiles(photo);
  await page.getByRole("button", { name: "Record delivery" }).click();
  await expect(page.getByTestId("log-result")).toContainText(`${parcel} delivered.`);

  for (const [viewer, person] of [
    [page, null],
    [await (await browser.newContext()).newPage(), people.regional_manager],
  ] as const) {
    if (person) await signIn(viewer, person);
    await viewer.goto(`/parcels/${parcel}`);
    const proof = viewer.locator("section").filter({ has: viewer.getByRole("heading", { name: "Proof of delivery" }) });
    const attempt = proof.getByTestId("delivery-attempt");
    await expect(attempt).toContainText("Delivered");
    await expect(attempt).toContainText("Pat Porch");
    await expect(attempt).toContainText("Tapped at");
    await expect(attempt).toContainText(/\d+\.\d{5}, -?\d+\.\d{5} ±15 m/);
    await expect(attempt).toContainText("Out of radius");
    await expect(attempt).toContainText(
      /from the store; allowed 10\.\d\d mi \(10 mi radius, ±15 m accuracy\) — .* beyond\./,
    );
    const image = attempt.getByRole("img", { name: `Proof photo for ${parcel}` });
    await expect(image).toBeVisible();
    // The photo is served to this viewer.
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }

  const outsider = await (await browser.newContext()).newPage();
  await signIn(outsider, other.people.store_owner);
  await outsider.goto(`/parcels/${parcel}`);
  await expect(outsider.getByText("Proof of delivery")).toHaveCount(0);
  await expect(outsider.getByRole("heading", { level: 1 })).toContainText(/not found/i);
});

test("a store with no drop-off today is not told it has a coverage gap", async ({ page, seedStore }) => {
  const { people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  await signIn(page, people.store_owner);
  await page.goto("/deliveries");
  await page.getByRole("button", { name: "Drop check-in" }).click();
  await expect(page.getByText("No drop-off is scheduled for today")).toBeVisible();
  await expect(page.getByTestId("coverage-today")).toHaveCount(0);
  await expect(page.getByText(/counts as a coverage gap/i)).toHaveCount(0);

  await page.goto("/store");
  await expect(page.getByRole("heading", { name: "Coverage gaps, last 30 days (0)" })).toBeVisible();
  await expect(page.getByText("A day with no drop-off is not a gap.")).toBeVisible();
  await expect(page.getByTestId("coverage-gap")).toHaveCount(0);
});
