import { randomUUID } from "node:crypto";
import { tinyPng } from "./files";
import { expect, signIn, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("the owner reports a damaged parcel with its photo and hands it back to the driver", async ({
  page,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  const [damaged, fine] = (await carrier.announceRuralParcels(store.code, store, 2)) as [string, string];
  const driver = `Robin ${randomUUID().slice(0, 4).toUpperCase()}`;
  const arrivalId = await carrier.dropoffArrived(store.code, store, [damaged, fine], driver);

  await signIn(page, people.store_owner);
  await page.goto("/deliveries");
  await expect(
    page.getByRole("heading", { name: new RegExp(`(Morning|Afternoon|Evening) drop · .* · ${driver}`) }),
  ).toBeVisible();

  const scanField = page.getByLabel("Scan or type tracking ID");
  for (const trackingId of [damaged, fine]) {
    await scanField.fill(trackingId);
    await scanField.press("Enter");
    await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${trackingId} is at the store.`);
  }

  // Without a photo it is refused, with a clear message, and nothing is marked.
  const line = page.getByTestId("drop-line").filter({ hasText: damaged });
  await line.getByRole("button", { name: "Report damage" }).click();
  await line.getByRole("button", { name: "Mark damaged" }).click();
  await expect(line.getByTestId("damage-result")).toHaveText(
    `Take a photo of the damage to ${damaged} before marking it damaged.`,
  );
  await expect(line.getByRole("img")).toHaveCount(0);

  // With a photo: flagged, and the photo shows on the line.
  await line.getByLabel("Photo of the damage").setInputFiles(tinyPng("crushed.png"));
  await line.getByRole("button", { name: "Mark damaged" }).click();
  const thumb = line.getByRole("img", { name: `Damage to ${damaged}` });
  await expect(thumb).toBeVisible();
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(line).toContainText("Damaged");
  await expect(page.getByTestId("drop-line").filter({ hasText: fine })).not.toContainText("Damaged");

  await page.getByRole("button", { name: "Complete check-in" }).click();
  await expect(page.getByTestId("drop-summary")).toHaveText(
    "Check-in complete: 2 received, 0 missing, 0 not on the manifest, 1 damaged.",
  );

  // Damage sends it back: the store hands it to the driver, whose departure makes it returned.
  const back = page.getByTestId("handback-line").filter({ hasText: damaged });
  await back.getByRole("button", { name: "Handed to driver" }).click();
  await expect(back).toContainText("Handed over");
  await carrier.event(arrivalId, {
    type: "departed",
    at: new Date().toISOString(),
    pickedUp: [damaged],
    droppedOff: [damaged, fine],
  });
  expect((await carrier.parcel(damaged)).status).toBe("returned");
  await page.reload();
  // The drop is checked in, so the page opens on the route; the hand-back is with the drop.
  await page.getByRole("navigation", { name: "Steps" }).getByRole("button", { name: "Drop check-in" }).click();
  await expect(page.getByTestId("handback-line").filter({ hasText: damaged })).toContainText("returned");
  await expect(page.getByTestId("handback-line").filter({ hasText: damaged })).not.toContainText("Handoff mismatch");
});
