import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/** The dialog keeps focus inside: Tab and Shift+Tab cycle between its two buttons, the safe one first. */
async function expectFocusTrapped(page: Page, confirmName: string) {
  const dialog = page.getByRole("alertdialog");
  const cancel = dialog.getByRole("button", { name: "Cancel" });
  const confirm = dialog.getByRole("button", { name: confirmName });
  await expect(cancel).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(confirm).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(cancel).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(confirm).toBeFocused();
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("removing a closure day asks first; Escape keeps it", async ({ page, seedStore }) => {
    const { people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
    await signIn(page, people.store_owner);
    await page.goto("/store");
    await page.getByLabel("Closed on").fill("2028-12-25");
    await page.getByRole("button", { name: "Add closure day" }).click();
    const day = page.getByTestId("closure-day").filter({ hasText: "Mon, Dec 25, 2028" });
    await expect(day).toBeVisible();

    await day.getByRole("button", { name: "Remove" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Remove the closure day on Mon, Dec 25, 2028?" });
    await expect(dialog).toContainText("its drop-off is expected");
    await expectFocusTrapped(page, "Remove closure day");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await page.reload();
    await expect(day).toBeVisible();

    await day.getByRole("button", { name: "Remove" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Remove closure day" }).click();
    await expect(day).toHaveCount(0);
  });
});

test("deactivating a partner and disabling its people ask first, naming what happens", async ({ page, seedStore }) => {
  const { store, people } = await seedStore({
    program: "local_delivery",
    people: ["regional_manager", "store_staff"],
  });
  await signIn(page, people.regional_manager);
  await page.goto(`/partners/${store.code}`);
  const status = page.locator("dt:text-is('Status') + dd");
  await expect(status).toHaveText("Active");

  await page.getByRole("button", { name: "Deactivate partner" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Deactivate ${store.name}?` });
  await expect(dialog).toContainText("can no longer record anything");
  await expectFocusTrapped(page, "Deactivate partner");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(status).toHaveText("Active");

  await page.getByRole("button", { name: "Deactivate partner" }).click();
  await dialog.getByRole("button", { name: "Deactivate partner" }).click();
  await expect(status).toHaveText("Inactive");
  // Reactivating takes nothing away: one click.
  await page.getByRole("button", { name: "Reactivate partner" }).click();
  await expect(status).toHaveText("Active");

  const staff = people.store_staff;
  await page.getByRole("button", { name: `Disable ${staff.name}` }).click();
  const disable = page.getByRole("alertdialog", { name: `Disable ${staff.name}?` });
  await expect(disable).toContainText("signed out everywhere");
  await disable.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("disabled", { exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: `Disable ${staff.name}` }).click();
  await disable.getByRole("button", { name: "Disable account" }).click();
  await expect(page.getByText("disabled", { exact: true })).toBeVisible();
});
