import type { Page } from "@playwright/test";
import { tinyPng } from "./files";
import { expect, signIn, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

// A first photo and its retake.
const photo = tinyPng;

function step(page: Page, name: string) {
  return page.getByRole("navigation", { name: "Steps" }).getByRole("button", { name, exact: true });
}

test("the owner works the route one stop at a time: navigate, call, proof with a retake, a failed attempt with a note", async ({
  page,
  context,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  const parcels = (await carrier.parcelsAtRuralStore(store.code, store, 2)) as [string, string];
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: store.lat + 0.01, longitude: store.lng + 0.01, accuracy: 10 });
  await signIn(page, people.store_owner);
  await page.getByRole("link", { name: "Deliveries" }).click();

  // Nothing left to scan in: the day opens on the route, map and list.
  await expect(step(page, "Route")).toHaveAttribute("aria-current", "step");
  await expect(page.getByRole("heading", { name: /Today's deliveries · 2 stops/ })).toBeVisible();
  await expect(page.getByTestId("route-stop")).toHaveCount(2);
  const routeHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  test.info().annotations.push({ type: "route step height (px)", description: String(routeHeight) });

  await page.getByRole("button", { name: "Start with stop 1" }).click();
  const card = page.getByTestId("stop-card");
  await expect(card).toContainText("Stop 1 of 2");
  const first = (await card.textContent())!.includes(parcels[0]) ? parcels[0] : parcels[1];
  const second = first === parcels[0] ? parcels[1] : parcels[0];
  await expect(card).toContainText("4 Prairie Rd, Broken Bow, NE 68822");
  // Navigate opens the phone's maps app at the stop; Call dials the recipient.
  const destination = encodeURIComponent(`${store.lat + 0.01},${store.lng + 0.01}`);
  await expect(card.getByRole("link", { name: "Navigate" })).toHaveAttribute(
    "href",
    `https://www.google.com/maps/dir/?api=1&destination=${destination}&travelmode=driving`,
  );
  await expect(card.getByRole("link", { name: "Call" })).toHaveAttribute("href", "tel:+13085550142");

  // The photo is taken, shown, and retaken.
  await expect(card.getByText("Take photo")).toBeVisible();
  await card.getByLabel("Proof photo").setInputFiles(photo("first.png"));
  await expect(card.getByRole("img", { name: "Proof photo, as taken" })).toBeVisible();
  await expect(card.getByText("Take photo")).toHaveCount(0);
  await card.getByLabel("Proof photo").setInputFiles(photo("retake.png"));
  await expect(card.getByText("Retake")).toBeVisible();
  const stopHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  test.info().annotations.push({ type: "stop step height (px)", description: String(stopHeight) });
  await card.getByRole("button", { name: "Record delivery" }).click();
  await expect(page.getByTestId("log-result")).toHaveText(`${first} delivered.`);

  // On to the next stop by itself.
  await expect(card).toContainText(second);
  await expect(card).toContainText("Stop 1 of 1");
  await card.getByText("Failed", { exact: true }).filter({ visible: true }).click();
  await card.getByLabel("Reason").selectOption("other");
  // "Other" needs a note; nothing is recorded without one.
  await card.getByRole("button", { name: "Record failed attempt" }).click();
  await expect(card.getByTestId("log-result")).toHaveText(
    "Write what happened: a failed attempt for another reason needs a note.",
  );
  expect((await carrier.parcel(second)).status).toBe("at_store");
  await card.getByLabel("What happened").fill("Gate chained shut, no bell");
  await card.getByLabel("Photo of the attempt").setInputFiles(photo("gate.png"));
  await card.getByRole("button", { name: "Record failed attempt" }).click();
  await expect(page.getByTestId("log-result")).toContainText("Failed attempt recorded");
  expect((await carrier.parcel(second)).status).toBe("attempted");
  expect((await carrier.parcel(first)).status).toBe("delivered");

  // Back on the route: the delivered stop has left it.
  await expect(step(page, "Route")).toHaveAttribute("aria-current", "step");
  await expect(page.getByTestId("route-stop")).toHaveCount(1);
});
