import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { tinyPng } from "./files";
import { expect, signIn, test } from "./fixtures";

// A rural store's owner who works in Spanish, on a phone.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const photo = tinyPng("puerta.png");

// The scan field belongs to the parcels screen; it reads either language.
const scanField = /^(Scan or type tracking ID|Escanea o escribe el número de rastreo)$/;

function step(page: Page, name: string) {
  return page.getByRole("navigation", { name: "Pasos" }).getByRole("button", { name, exact: true });
}

test("an owner who chose Español scans the morning drop in, delivers with a photo and a signature, and sees it in Ganancias and on the parcel's page", async ({
  page,
  context,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
  const [one, two, damaged, missing] = (await carrier.announceRuralParcels(store.code, store, 4)) as [
    string,
    string,
    string,
    string,
  ];
  const parcels = [one, two];
  const driver = `Sam ${randomUUID().slice(0, 6)}`;
  await carrier.dropoffArrived(store.code, store, [one, two, damaged, missing], driver);
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: store.lat + 0.01, longitude: store.lng + 0.01, accuracy: 10 });

  // The owner picks their language on the account page, from an English browser.
  await signIn(page, people.store_owner);
  await page.goto("/account");
  await page.getByLabel("Language").selectOption({ label: "Español" });
  await expect(page.getByRole("heading", { name: "Cuenta", level: 1 })).toBeVisible();

  // The morning drop: scanned in, then the check-in completed.
  await page.getByRole("link", { name: "Entregas" }).first().click();
  await expect(page).toHaveTitle(/^Entregas · Handoff$/);
  await expect(page.getByRole("heading", { name: "Entregas", level: 1 })).toBeVisible();
  await expect(step(page, "Recepción")).toHaveAttribute("aria-current", "step");
  await expect(
    page.getByRole("heading", { name: new RegExp(`^Entrega de la (mañana|tarde|noche) · .* · ${driver}$`) }),
  ).toBeVisible();
  for (const trackingId of [one, two, damaged]) {
    await page.getByLabel(scanField).fill(trackingId);
    await page.getByLabel(scanField).press("Enter");
    await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${trackingId} está en la tienda.`);
  }
  await expect(page.getByTestId("drop-progress")).toContainText("3 de 4 escaneados");
  // One arrived crushed: reported with its photo.
  const crushed = page.getByTestId("drop-line").filter({ hasText: damaged });
  await crushed.getByRole("button", { name: "Reportar daño" }).click();
  await crushed.getByLabel("Foto del daño").setInputFiles(tinyPng("golpe.png"));
  await crushed.getByRole("button", { name: "Marcar como dañado" }).click();
  await expect(crushed.getByRole("img", { name: `Daño en ${damaged}` })).toBeVisible();
  await page.getByRole("button", { name: "Completar recepción" }).click();
  await expect(page.getByTestId("drop-summary")).toHaveText(
    "Recepción completa: 3 recibidos, 1 faltantes, 0 fuera de la lista, 1 dañados.",
  );
  // The check-in's discrepancies are named in Spanish.
  await expect(page.getByTestId("drop-line").filter({ hasText: missing })).toContainText("Faltante");
  await expect(crushed).toContainText("Dañado");

  // The route, then the first stop.
  await page.getByRole("button", { name: "Siguiente: la ruta de hoy" }).click();
  await expect(step(page, "Ruta")).toHaveAttribute("aria-current", "step");
  await expect(
    page.getByRole("heading", { name: /^Entregas de hoy · 2 paradas · [\d,]+ millas ida y vuelta$/ }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Empezar por la parada 1" }).click();
  const card = page.getByTestId("stop-card");
  await expect(card).toContainText("Parada 1 de 2");
  const first = (await card.textContent())!.includes(parcels[0]!) ? parcels[0]! : parcels[1]!;
  await expect(card.getByRole("link", { name: "Cómo llegar" })).toBeVisible();

  // Proof: a photo of the parcel and the recipient's signature.
  await expect(card.getByText("Tomar foto")).toBeVisible();
  await card.getByLabel("Foto de comprobante").setInputFiles(photo);
  await expect(card.getByRole("img", { name: "Foto de comprobante, tal como se tomó" })).toBeVisible();
  await expect(card.getByText("Quien recibe firma en el recuadro con el dedo.")).toBeVisible();
  const pad = card.getByRole("img", { name: "Firma de quien recibe (opcional)" });
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 90, { steps: 8 });
  await page.mouse.move(box.x + 200, box.y + 30, { steps: 8 });
  await page.mouse.up();
  await expect(card.getByText("Firmado. Borra para firmar de nuevo.")).toBeVisible();
  await card.getByRole("button", { name: "Registrar entrega" }).click();
  await expect(page.getByTestId("log-result")).toHaveText(`${first} entregado.`);
  expect((await carrier.parcel(first)).status).toBe("delivered");

  // Ganancias: the delivery counts this month.
  await page.getByRole("button", { name: "Más", exact: true }).click();
  await page.getByRole("link", { name: "Ganancias" }).click();
  await expect(page).toHaveTitle(/^Ganancias · Handoff$/);
  await expect(page.getByRole("heading", { name: /^Ganancias · /, level: 1 })).toBeVisible();
  await expect(page.getByTestId("earnings-total")).toHaveText(/^1 paquete entregado · 2,50\sUS\$$/);
  await expect(page.getByRole("link", { name: "Descargar CSV" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Entregados" })).toBeVisible();

  // The parcel's page: the proof's distance and the history, in Spanish.
  await page.goto(`/parcels/${first}`);
  await expect(page.getByRole("heading", { name: `Paquete ${first}`, level: 1 })).toBeVisible();
  await expect(page.getByTestId("delivery-attempt")).toContainText(/[\d,]+ mi de la tienda \(±10 m\)/);
  await expect(page.getByRole("main")).toContainText(/ → entregado/);
  await page.goto(`/parcels/${damaged}`);
  await expect(page.getByRole("main")).toContainText("marcado como dañado");
});
