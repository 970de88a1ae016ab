import { randomUUID } from "node:crypto";
import { expect, expectSignedIn, signIn, test } from "./fixtures";

test("the owner invites a person, who signs in with the one-time password and lands on the store; removal is confirmed", async ({
  page,
  browser,
  seedStore,
}) => {
  const { store, people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  const email = `e2e-${randomUUID().slice(0, 8)}@store.example`;
  const name = `Robin ${randomUUID().slice(0, 4)}`;
  await signIn(page, people.store_owner);
  await page.getByRole("link", { name: "Staff" }).click();
  await expect(page.getByRole("heading", { name: "Staff" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Invite" }).click();
  const oneTime = page.getByLabel("One-time password");
  await expect(oneTime).toHaveAttribute("readonly", "");
  const password = await oneTime.inputValue();
  expect(password.length).toBeGreaterThanOrEqual(12);
  const row = page.getByTestId("staff-row").filter({ hasText: email });
  await expect(row).toContainText("Never");

  const invitee = await (await browser.newContext()).newPage();
  await signIn(invitee, email, password);
  // A one-time password: the person chooses their own before anything else.
  await expect(invitee).toHaveURL("/set-password");
  await invitee.getByLabel("New password").fill(`robin's own ${randomUUID().slice(0, 8)}`);
  await invitee.getByRole("button", { name: "Set password" }).click();
  await expectSignedIn(invitee);
  await expect(invitee.getByRole("heading", { level: 1, name: store.name })).toBeVisible();

  await page.reload();
  await expect(row).not.toContainText("Never");
  await row.getByRole("button", { name: `Remove from store: ${name}` }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Their account and any other stores they work at stay");
  await dialog.getByRole("button", { name: "Remove from store" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${name} no longer works at` })).toBeVisible();
  await expect(row).toHaveCount(0);
  await invitee.context().close();
});

test("the carrier cancels a parcel and the store's queue shows it", async ({ page, seedStore, carrier }) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  const [parcel] = await carrier.announceMallParcels(store.code, 1);
  await signIn(page, people.store_staff);
  await page.goto("/parcels");
  await expect(page.getByTestId("queue-row").filter({ hasText: parcel! })).toBeVisible();

  await carrier.cancelParcel(parcel!, "Customer cancelled the order");
  // The change feed may connect after the cancel on a busy machine: open the queue afresh.
  await page.reload();
  await expect(page.getByTestId("cancelled-note").filter({ hasText: parcel! })).toContainText(
    "Cancelled by the carrier: Customer cancelled the order",
  );
  await expect(page.getByTestId("queue-row").filter({ hasText: parcel! })).toHaveCount(0);
  expect((await carrier.parcel(parcel!)).status).toBe("cancelled");
});
