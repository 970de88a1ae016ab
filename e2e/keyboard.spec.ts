import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Staff at a counter with a keyboard (or a scanner that types like one) never need the mouse.

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, { backwards = false } = {}) {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) break;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  await expect(target).toBeFocused();
  // Focus is visible wherever it lands.
  const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline, "a focused control shows an outline").not.toBe("none");
}

async function typeAndEnter(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

test("staff sign in, reach the queue and scan parcels ready with the keyboard alone", async ({
  page,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  const [first, second] = await carrier.announceMallParcels(store.code, 2);

  await page.goto("/login");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(people.store_staff.email);
  await tabTo(page, page.getByLabel("Password"));
  await typeAndEnter(page, people.store_staff.password);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await tabTo(page, page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Parcels" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/parcels/);

  const field = page.getByLabel("Scan or type tracking ID");
  await tabTo(page, field);
  await typeAndEnter(page, first!);
  await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${first} is ready.`);
  // The field is cleared and keeps focus, so the next scan follows at once.
  await expect(field).toBeFocused();
  await expect(field).toHaveValue("");
  await typeAndEnter(page, second!);
  await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${second} is ready.`);
  await expect(field).toBeFocused();
});

test("staff run a whole handoff with the keyboard: the question, Escape, and the summary", async ({
  page,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  const [parcel] = await carrier.announceMallParcels(store.code, 1);
  const driver = `Kai ${randomUUID().slice(0, 6)}`;
  await carrier.schedulePickup(store.code, [parcel!], -5, driver);

  await page.goto("/login");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(people.store_staff.email);
  await tabTo(page, page.getByLabel("Password"));
  await typeAndEnter(page, people.store_staff.password);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.goto("/arrivals");

  // The pickup began five minutes ago: just after midnight that is yesterday's.
  await tabTo(page, page.getByRole("button", { name: "Yesterday to the next two days" }));
  await page.keyboard.press("Enter");
  const card = page.getByTestId("arrival-card").filter({ hasText: driver });
  await tabTo(page, card.getByRole("link", { name: "Hand over" }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: "Driver has arrived" }));
  await page.keyboard.press("Enter");

  const field = page.getByLabel("Scan each parcel as you hand it over");
  await tabTo(page, field);
  await typeAndEnter(page, parcel!);
  // Never marked ready: the question takes focus; Escape answers "no" and hands nothing over.
  const ask = page.getByRole("alertdialog", { name: "Not marked ready — hand over anyway?" });
  await expect(ask).toBeVisible();
  await expect(ask.locator(":focus")).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(ask).toBeHidden();
  await expect(page.getByTestId("scan-result")).toHaveText(`✕ ${parcel} not handed over.`);
  await expect(page.getByTestId("handed-count")).toHaveText("0/1 handed over");

  await tabTo(page, field);
  await typeAndEnter(page, parcel!);
  await expect(ask).toBeVisible();
  await tabTo(page, ask.getByRole("button", { name: "Hand over anyway" }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${parcel} handed over.`);
  await expect(page.getByTestId("handed-count")).toHaveText("1/1 handed over");

  await tabTo(page, page.getByRole("button", { name: "Finish handoff" }));
  await page.keyboard.press("Enter");
  const summary = page.getByRole("alertdialog", { name: "Finish handoff?" });
  await expect(summary.getByRole("region", { name: "Handed over (1)", exact: true })).toBeVisible();
  await tabTo(page, summary.getByRole("button", { name: "Finish handoff" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Handoff finished: 1 handed over, 0 not handed over.")).toBeVisible();
});
