import { randomUUID } from "node:crypto";
import { phoneWithCamera } from "./camera";
import { expect, signIn, test } from "./fixtures";

// Each phone here points its camera at a Code 128 label of one parcel (a fake camera feed made in
// the test), and the parcel goes through the same path as a typed scan.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("mall staff mark a parcel ready with the camera; the wedge scanner keeps working", async ({
  seedStore,
  carrier,
}, testInfo) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  const [byCamera, byWedge] = (await carrier.announceMallParcels(store.code, 2)) as [string, string];
  const { browser, page } = await phoneWithCamera(byCamera, testInfo);
  try {
    await signIn(page, people.store_staff);
    await page.goto("/parcels");
    await page.getByRole("button", { name: "Scan with camera" }).click();
    await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${byCamera} is ready.`);
    // The camera turns off once it has read the label.
    await expect(page.getByRole("button", { name: "Scan with camera" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Stop camera" })).toHaveCount(0);

    const field = page.getByLabel("Scan or type tracking ID");
    await field.fill(byWedge);
    await field.press("Enter");
    await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${byWedge} is ready.`);
    expect((await carrier.parcel(byCamera)).status).toBe("ready");
  } finally {
    await browser.close();
  }
});

test("the rural owner checks the drop in with the camera", async ({ seedStore, carrier }, testInfo) => {
  const { store, people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  const [parcel] = (await carrier.announceRuralParcels(store.code, store, 1)) as [string];
  await carrier.dropoffArrived(store.code, store, [parcel], `Kit ${randomUUID().slice(0, 4)}`);
  const { browser, page } = await phoneWithCamera(parcel, testInfo);
  try {
    await signIn(page, people.store_owner);
    await page.goto("/deliveries");
    await page.getByRole("button", { name: "Scan with camera" }).click();
    await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${parcel} is at the store.`);
    await expect(page.getByTestId("drop-progress")).toHaveText("1 of 1 scanned · 0 missing · 0 extra");
  } finally {
    await browser.close();
  }
});

test("staff hand a parcel over to the driver with the camera", async ({ seedStore, carrier }, testInfo) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  const [parcel] = (await carrier.announceMallParcels(store.code, 1)) as [string];
  const driver = `Driver ${randomUUID().slice(0, 6)}`;
  await carrier.schedulePickup(store.code, [parcel], -5, driver);
  const { browser, page } = await phoneWithCamera(parcel, testInfo);
  try {
    await signIn(page, people.store_staff);
    await page.goto("/arrivals");
    await page.getByTestId("arrival-card").filter({ hasText: driver }).getByRole("link", { name: "Hand over" }).click();
    await page.getByRole("button", { name: "Driver has arrived" }).click();
    await page.getByRole("button", { name: "Scan with camera" }).click();
    // Never marked ready: the handoff asks first.
    await page
      .getByRole("alertdialog", { name: "Not marked ready — hand over anyway?" })
      .getByRole("button", { name: "Hand over anyway" })
      .click();
    await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${parcel} handed over.`);
    await expect.poll(async () => (await carrier.parcel(parcel)).status).toBe("picked_up");
  } finally {
    await browser.close();
  }
});

test("a parcel is looked up with the camera", async ({ seedStore, carrier }, testInfo) => {
  const { store, people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  const [parcel] = (await carrier.parcelsAtRuralStore(store.code, store, 1)) as [string];
  const { browser, page } = await phoneWithCamera(parcel, testInfo);
  try {
    await signIn(page, people.store_owner);
    await page.goto("/parcels");
    await page.getByRole("button", { name: "Scan with camera" }).click();
    await expect(page).toHaveURL(new RegExp(`/parcels/${parcel}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(parcel);
  } finally {
    await browser.close();
  }
});

test("with the camera refused the phone says so plainly and the field still works", async ({
  seedStore,
  carrier,
}, testInfo) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  const [parcel] = (await carrier.announceMallParcels(store.code, 1)) as [string];
  const { browser, page } = await phoneWithCamera(parcel, testInfo, { allowed: false });
  try {
    await signIn(page, people.store_staff);
    await page.goto("/parcels");
    await page.getByRole("button", { name: "Scan with camera" }).click();
    await expect(page.getByTestId("camera-problem")).toHaveText(
      "The camera is blocked for this site. Allow it in the browser's settings, or type or scan the tracking ID in the field.",
    );
    expect((await carrier.parcel(parcel)).status).toBe("announced");

    const field = page.getByLabel("Scan or type tracking ID");
    await field.fill(parcel);
    await field.press("Enter");
    await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${parcel} is ready.`);
  } finally {
    await browser.close();
  }
});

test("on a device with no camera the phone says so plainly", async ({ page, context, seedStore }) => {
  const { people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  await context.grantPermissions(["camera"]);
  await signIn(page, people.store_owner);
  await page.goto("/parcels");
  await page.getByRole("button", { name: "Scan with camera" }).click();
  await expect(page.getByTestId("camera-problem")).toHaveText(
    "No camera was found on this device. Type or scan the tracking ID in the field.",
  );
  await expect(page.getByLabel("Tracking ID")).toBeEditable();
});

test.describe("with no signal", () => {
  // Without the service worker's copy of every chunk: the reader's code can only come from the network.
  test.use({ serviceWorkers: "block" });

  test("when the camera's reader cannot be fetched the phone says so and the field still works", async ({
    page,
    seedStore,
    carrier,
  }) => {
    const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
    const [parcel] = (await carrier.announceMallParcels(store.code, 1)) as [string];
    await signIn(page, people.store_staff);
    await page.goto("/parcels");
    await expect(page.getByTestId("queue-row")).toHaveCount(1);
    // The signal drops for code: the page is up, the reader is not fetched yet.
    await page.route("**/_next/static/chunks/**", (route) => route.abort("internetdisconnected"));
    await page.getByRole("button", { name: "Scan with camera" }).click();
    await expect(page.getByTestId("camera-problem")).toHaveText(
      "The camera could not start. Type or scan the tracking ID in the field.",
    );
    await page.unrouteAll();
    const field = page.getByLabel("Scan or type tracking ID");
    await field.fill(parcel);
    await field.press("Enter");
    await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${parcel} is ready.`);
  });
});
