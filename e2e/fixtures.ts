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
  // Wait for the answer, so the next step never races the form's reset.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
}

/** A sign-in expected to be refused: waits for the form's reset, so the next try is not wiped. */
export async function signInRefused(page: Page, email: string, password: string) {
  await signIn(page, email, password);
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
}

/** The form's own error message (not Next's route announcer, which is also an alert). */
export function formAlert(page: Page) {
  return page.locator("form").getByRole("alert");
}

export async function expectSignedIn(page: Page) {
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}
