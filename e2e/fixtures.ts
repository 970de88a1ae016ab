import { expect, type Page } from "@playwright/test";

export const demoPassword = "handoff-demo";

export const demoAccounts = {
  staff: "staff@chandler.example",
  owner: "owner@prairie.example",
  manager: "manager@west.example",
  admin: "admin@handoff.example",
} as const;

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, email: string, password = demoPassword) {
  if (!page.url().includes("/login")) await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The form's own error message (not Next's route announcer, which is also an alert). */
export function formAlert(page: Page) {
  return page.locator("form").getByRole("alert");
}

export async function expectSignedIn(page: Page) {
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}
