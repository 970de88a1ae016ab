import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/**
 * Two production servers on one PostgreSQL database (scripts/e2e-server.ts starts the second):
 * `page`, `request` and the carrier use the first, `second` is the other. Cookies are kept per
 * host, not per port, so a browser signed in on one is signed in on the other, as behind a
 * load balancer.
 */
const second = process.env.E2E_SECOND_URL;

test.skip(!second, "Several instances share a PostgreSQL server; the embedded database belongs to one process.");
test.beforeEach(() => test.slow());

test.beforeAll(async () => {
  // The second instance starts once the first is up.
  await expect
    .poll(
      () =>
        fetch(`${second}/login`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 120_000 },
    )
    .toBe(200);
});

async function scan(page: Page, trackingId: string) {
  const field = page.getByLabel("Scan or type tracking ID");
  await field.fill(trackingId);
  await field.press("Enter");
  await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${trackingId} is ready.`);
}

test("a parcel made ready through one instance shows on the board the other serves within 2 s", async ({
  browser,
  page,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff", "regional_manager"] });
  const parcels = await carrier.announceMallParcels(store.code, 1);
  const driver = `Driver ${randomUUID().slice(0, 6)}`;
  await carrier.schedulePickup(store.code, parcels, 120, driver);

  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, people.regional_manager);
  await manager.goto(`${second}/arrivals`);
  await manager.getByRole("link", { name: store.mallName! }).click();
  // The board shows the store's today; a driver due in two hours may be tomorrow there, late at night.
  await manager.getByRole("button", { name: "Yesterday to the next two days" }).click();
  const card = manager.getByTestId("arrival-card").filter({ hasText: driver });
  await expect(card.getByTestId("ready-count")).toHaveText("0/1 ready");

  await signIn(page, people.store_staff);
  await page.goto("/parcels");
  await scan(page, parcels[0]!);
  await expect(card.getByTestId("ready-count")).toHaveText("1/1 ready", { timeout: 2_000 });
  await managerContext.close();
});

test("a webhook event is delivered once though both instances run the job runner", async ({
  browser,
  page,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff", "admin"] });
  const received: string[] = [];
  const receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      received.push(body);
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  try {
    await signIn(page, people.admin);
    await page.goto("/admin/webhooks");
    await page.getByLabel("Endpoint URL").fill(url);
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: url })).toBeVisible();

    const parcels = await carrier.announceMallParcels(store.code, 3);
    const staffContext = await browser.newContext();
    const staff = await staffContext.newPage();
    await signIn(staff, people.store_staff);
    // Made ready on the second instance; both instances' job runners are polling the queue.
    await staff.goto(`${second}/parcels`);
    for (const trackingId of parcels) await scan(staff, trackingId);
    await staffContext.close();

    const readyEvents = () => received.map((body) => JSON.parse(body)).filter((event) => event.type === "parcel.ready");
    await expect.poll(() => readyEvents().length, { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    // A late second delivery would show here: give both runners time to pick a job up again.
    await page.waitForTimeout(5_000);
    const tracking = readyEvents().map((event) => event.data.trackingId as string);
    expect(tracking.sort()).toEqual([...parcels].sort());
  } finally {
    receiver.close();
  }
});

test("a session made on one instance works on the other, and signing out on it ends it on both", async ({
  browser,
  page,
  seedStore,
}) => {
  const { people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  await signIn(page, people.store_staff);
  const cookies = await page.context().cookies();

  await page.goto(`${second}/parcels`);
  await expect(page).toHaveURL(`${second}/parcels`);
  await expect(page.getByRole("banner").getByText(people.store_staff.name)).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  // A copy of the cookie kept from before is refused by the first instance at once.
  const copy = await browser.newContext();
  await copy.addCookies(cookies);
  const stale = await copy.newPage();
  await stale.goto("/parcels");
  await expect(stale).toHaveURL(/\/login/);
  await copy.close();
});

test("an API key revoked on one instance is refused by the other at once", async ({ page, request, seedStore }) => {
  const { people } = await seedStore({ program: "mall_pickup", people: ["admin"] });
  const name = `Two Instances Express ${randomUUID().slice(0, 6)}`;
  await signIn(page, people.admin);
  await page.goto("/admin/carriers");
  await page.getByLabel("Carrier name").fill(name);
  await page.getByRole("button", { name: "Create carrier" }).click();
  const carrierCard = page.locator("section").filter({ has: page.getByRole("heading", { name, exact: true }) });
  await carrierCard.getByRole("button", { name: "Create API key" }).click();
  const key = await carrierCard.getByLabel("New API key").inputValue();
  expect(key).toMatch(/^hk_/);

  const onSecond = () =>
    request.get(`${second}/api/v1/partners`, { headers: { authorization: `Bearer ${key}`, connection: "close" } });
  expect((await onSecond()).status()).toBe(200);

  await carrierCard.getByRole("button", { name: "Revoke" }).click();
  await page
    .getByRole("alertdialog", { name: "Revoke this API key?" })
    .getByRole("button", { name: "Revoke key" })
    .click();
  await expect(carrierCard.getByRole("row").filter({ hasText: key.slice(0, 10) })).toContainText("Revoked");
  expect((await onSecond()).status()).toBe(401);
});
