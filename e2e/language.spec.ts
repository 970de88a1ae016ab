import { expect, signIn, test } from "./fixtures";

test("a person's language follows their browser until they choose one, then follows them to every device", async ({
  page,
  browser,
  seedStore,
}) => {
  const { people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });

  // A Spanish browser: the portal speaks Spanish before any choice is made.
  const spanishContext = await browser.newContext({ locale: "es-MX" });
  const spanishPhone = await spanishContext.newPage();
  await signIn(spanishPhone, people.store_staff);
  await spanishPhone.goto("/account");
  await expect(spanishPhone.locator("html")).toHaveAttribute("lang", "es");
  await expect(spanishPhone.getByLabel("Language")).toHaveValue("es");
  await expect(spanishPhone.getByRole("link", { name: "Hoy" }).first()).toBeVisible();
  await spanishContext.close();

  // An English browser reads English, then the person picks Español and the page turns Spanish.
  await signIn(page, people.store_staff);
  await page.goto("/account");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
  await page.getByLabel("Language").selectOption({ label: "Español" });
  await expect(page.getByRole("heading", { name: "Cuenta", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("button", { name: "Cerrar sesión" })).toBeVisible();

  // Stored for the person: another English browser signs in and reads Spanish.
  const otherContext = await browser.newContext({ locale: "en-US" });
  const other = await otherContext.newPage();
  await signIn(other, people.store_staff);
  await other.goto("/account");
  await expect(other.locator("html")).toHaveAttribute("lang", "es");
  await expect(other.getByLabel("Language")).toHaveValue("es");

  // And back to English, which also sticks.
  await other.getByLabel("Language").selectOption({ label: "English" });
  await expect(other.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
  await otherContext.close();
});
