import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

// A store clerk who works in Spanish, at the counter with a phone.
test.use({ viewport: { width: 390, height: 844 } });

async function scan(page: Page, label: string, trackingId: string) {
  const field = page.getByLabel(label);
  await field.fill(trackingId);
  await field.press("Enter");
}

test("staff who chose Español mark parcels ready and hand them to the driver, reading Spanish all the way", async ({
  page,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  const [ready, notReady, onNone] = await carrier.announceMallParcels(store.code, 3);
  const driver = `Rosa ${randomUUID().slice(0, 6)}`;
  await carrier.schedulePickup(store.code, [ready!, notReady!], -5, driver);

  // The person picks their language on the account page, from an English browser.
  await signIn(page, people.store_staff);
  await page.goto("/account");
  await page.getByLabel("Language").selectOption({ label: "Español" });
  await expect(page.getByRole("heading", { name: "Cuenta", level: 1 })).toBeVisible();

  // Today: the store's day in Spanish.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page).toHaveTitle(/^Inicio · Handoff$/);
  await expect(page.getByRole("heading", { name: "Paquetes de hoy" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Próximo repartidor" })).toBeVisible();

  // Parcels: a scan marks one ready; an unknown label is refused in Spanish by the server.
  await page.goto("/parcels");
  await expect(page).toHaveTitle(/^Paquetes · Handoff$/);
  await expect(page.getByRole("heading", { name: "Paquetes", level: 1 })).toBeVisible();
  await scan(page, "Escanea o escribe el número de rastreo", ready!);
  await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${ready} está listo.`);
  await scan(page, "Escanea o escribe el número de rastreo", "NO-SUCH-LABEL");
  await expect(page.getByTestId("scan-result")).toHaveText("✕ No hay ningún paquete NO-SUCH-LABEL en tu tienda.");
  // A label with a space is no tracking ID: the field's own rule comes back in Spanish too.
  await scan(page, "Escanea o escribe el número de rastreo", "ABC 123");
  await expect(page.getByTestId("scan-result")).toHaveText(
    "✕ Los números de rastreo usan letras, dígitos, '.', '_' y '-'.",
  );

  // Arrivals: the driver's card leads to the handoff.
  await page.goto("/arrivals");
  await expect(page.getByRole("heading", { name: "Llegadas de repartidores", level: 1 })).toBeVisible();
  // The pickup began five minutes ago: just after midnight that is yesterday's.
  await page.getByRole("button", { name: "De ayer a los próximos dos días" }).click();
  const card = page.getByTestId("arrival-card").filter({ hasText: driver });
  await expect(card.getByTestId("ready-count")).toHaveText("1/2 listos");
  await card.getByRole("link", { name: "Entregar" }).click();

  // The handoff, in Spanish from the button to the server's refusals.
  await expect(page).toHaveTitle(/^Entrega al repartidor · Handoff$/);
  await page.getByRole("button", { name: "El repartidor llegó" }).click();
  const field = "Escanea cada paquete al entregarlo";
  await expect(page.getByLabel(field)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Por entregar (2)" })).toBeVisible();

  await scan(page, field, onNone!);
  await expect(page.getByTestId("scan-result")).toHaveText(
    `✕ No está en la lista de este repartidor: ${onNone} — todavía no tiene recolección; déjalo en la tienda.`,
  );

  await scan(page, field, notReady!);
  const ask = page.getByRole("alertdialog", { name: "No está marcado como listo. ¿Entregarlo de todos modos?" });
  await expect(ask).toContainText(`${notReady} está en la lista de este repartidor, pero nunca se marcó como listo.`);
  await ask.getByRole("button", { name: "Entregar de todos modos" }).click();
  await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${notReady} entregado.`);

  await scan(page, field, ready!);
  await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${ready} entregado.`);
  await expect(page.getByTestId("handed-count")).toHaveText("2/2 entregados");
  await expect(page.getByRole("heading", { name: "Entregados (2)" })).toBeVisible();

  await page.getByRole("button", { name: "Terminar entrega" }).click();
  const summary = page.getByRole("alertdialog", { name: "¿Terminar la entrega?" });
  await expect(summary).toContainText("Ninguno: se entregó todo lo de la lista.");
  await summary.getByRole("button", { name: "Terminar entrega" }).click();
  await expect(page.getByText("Entrega terminada: 2 entregados, 0 sin entregar.")).toBeVisible();
});
