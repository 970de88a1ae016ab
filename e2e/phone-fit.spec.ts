import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/**
 * Every visible control on the page whose tap area is under 44 × 44 px. A control drawn hidden
 * behind its label (a file input behind "Take photo", a checkbox in a row) is tapped through the
 * label, so the label is measured.
 */
function smallTargets(page: Page) {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [tabindex]:not([tabindex="-1"])',
    );
    const small: string[] = [];
    for (const el of controls) {
      // The skip link shows only when focused from the keyboard.
      if (el.matches('a[href="#main"]')) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      let target: Element = el;
      if (el instanceof HTMLInputElement && ["checkbox", "radio", "file"].includes(el.type)) {
        target =
          el.closest("label") ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null) ?? el;
      }
      const box = target.getBoundingClientRect();
      if (box.width < 44 || box.height < 44) {
        const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40);
        small.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  });
}

async function expectThumbSized(page: Page, screen: string) {
  await expect(page.getByRole("main")).toBeVisible();
  expect(await smallTargets(page), `controls under 44 px on ${screen}`).toEqual([]);
  // Nothing wider than the phone either.
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `width of ${screen}`).toBeLessThanOrEqual(
    390,
  );
}

test("every control on the mall staff's screens is at least 44 px on a phone", async ({ page, seedStore, carrier }) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  const [ready, waiting] = (await carrier.announceMallParcels(store.code, 2)) as [string, string];
  const driver = `Driver ${randomUUID().slice(0, 6)}`;
  await carrier.schedulePickup(store.code, [ready, waiting], -5, driver);
  await signIn(page, people.store_staff);

  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectThumbSized(page, "staff home");

  await page.getByRole("link", { name: "Parcels" }).click();
  const field = page.getByLabel("Scan or type tracking ID");
  await field.fill(ready);
  await field.press("Enter");
  await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${ready} is ready.`);
  // A row selects from anywhere on it, not only its small checkbox.
  await page.getByTestId("queue-row").filter({ hasText: waiting }).getByText("Jordan Lee").click();
  await expect(page.getByRole("checkbox", { name: `Select ${waiting}` })).toBeChecked();
  await expectThumbSized(page, "parcels");

  await page.getByRole("link", { name: "Arrivals" }).click();
  const card = page.getByTestId("arrival-card").filter({ hasText: driver });
  await expect(card).toBeVisible();
  await expectThumbSized(page, "arrivals");

  await card.getByRole("link", { name: "Hand over" }).click();
  await page.getByRole("button", { name: "Driver has arrived" }).click();
  await expect(page.getByLabel("Scan each parcel as you hand it over")).toBeVisible();
  await expectThumbSized(page, "handoff");
});

test("every control on the rural owner's screens is at least 44 px on a phone", async ({
  page,
  context,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  const [scanned, toScan] = (await carrier.announceRuralParcels(store.code, store, 2)) as [string, string];
  await carrier.dropoffArrived(store.code, store, [scanned, toScan], `Kit ${randomUUID().slice(0, 4)}`);
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: store.lat, longitude: store.lng, accuracy: 10 });
  await signIn(page, people.store_owner);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectThumbSized(page, "owner home");

  await page.getByRole("link", { name: "Deliveries" }).click();
  const field = page.getByLabel("Scan or type tracking ID");
  await field.fill(scanned);
  await field.press("Enter");
  await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${scanned} is at the store.`);
  await page
    .getByTestId("drop-line")
    .filter({ hasText: scanned })
    .getByRole("button", { name: "Report damage" })
    .click();
  await expectThumbSized(page, "deliveries: drop check-in");
  await page.getByRole("button", { name: "Cancel" }).click();
  await field.fill(toScan);
  await field.press("Enter");
  await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${toScan} is at the store.`);
  await page.getByRole("button", { name: "Complete check-in" }).click();
  await expect(page.getByTestId("drop-summary")).toContainText("2 received, 0 missing");

  await page.getByRole("button", { name: "Next: today's route" }).click();
  await expect(page.getByTestId("route-stop")).toHaveCount(2);
  await expectThumbSized(page, "deliveries: route");

  await page.getByRole("button", { name: /^Start with stop/ }).click();
  await expect(page.getByTestId("stop-card")).toBeVisible();
  await page.getByText("Failed", { exact: true }).filter({ visible: true }).click();
  await page.getByLabel("Reason").selectOption("other");
  await expectThumbSized(page, "deliveries: one stop");

  await page.getByRole("button", { name: "More", exact: true }).click();
  await page.getByRole("link", { name: "Store" }).click();
  await expect(page.getByLabel("Closed on")).toBeVisible();
  await expectThumbSized(page, "store");
});

test("the manifest fits a phone and prints on A4 and Letter", async ({ page, seedStore, carrier }) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  const parcels = await carrier.announceMallParcels(store.code, 24);
  const driver = `Driver ${randomUUID().slice(0, 6)}`;
  await carrier.schedulePickup(store.code, parcels, 60, driver);
  await signIn(page, people.store_staff);
  await page.goto("/arrivals");
  await page.getByTestId("arrival-card").filter({ hasText: driver }).getByRole("link", { name: "Manifest" }).click();

  const rows = page.getByTestId("manifest-row");
  await expect(rows).toHaveCount(24);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(page.getByRole("img", { name: `Barcode ${parcels[0]}` })).toBeVisible();

  // On paper: only the manifest (no header, no tab bar, no print button), every row, within the page.
  await page.emulateMedia({ media: "print" });
  for (const [format, width] of [
    ["A4", 210],
    ["Letter", 215.9],
  ] as const) {
    // The printable width at 96 px an inch, inside the 12 mm margins.
    await page.setViewportSize({ width: Math.floor(((width - 24) / 25.4) * 96), height: 1000 });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Sections" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
    await expect(rows).toHaveCount(24);
    for (const trackingId of parcels)
      await expect(rows.filter({ has: page.getByRole("img", { name: `Barcode ${trackingId}` }) })).toBeVisible();
    const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(fits, `${format}: the manifest fits the page's width`).toBe(true);
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // Two dozen rows with their barcodes take more than one page.
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0, format).toBeGreaterThanOrEqual(2);
  }
});
