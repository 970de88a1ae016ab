import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { formatterFor } from "../lib/format";
import { expect, signIn, test } from "./fixtures";

// Staff hand parcels over at the counter with a phone.
test.use({ viewport: { width: 390, height: 844 } });

async function scan(page: Page, label: string | RegExp, trackingId: string) {
  const field = page.getByLabel(label);
  await field.fill(trackingId);
  await field.press("Enter");
}

test("the handoff takes only this driver's parcels, asks before one not ready, undoes a mis-scan and sums up", async ({
  page,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  const [ready, notReady, otherDriver, onNone] = await carrier.announceMallParcels(store.code, 4);
  const driver = `Dana ${randomUUID().slice(0, 6)}`;
  const pickupId = await carrier.schedulePickup(store.code, [ready!, notReady!], -5, driver);
  const laterStart = new Date(Date.now() + 75 * 60_000);
  await carrier.schedulePickup(store.code, [otherDriver!], laterStart, "Gabriel Peterson");

  await signIn(page, people.store_staff);
  await page.goto("/parcels");
  await scan(page, "Scan or type tracking ID", ready!);
  await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${ready} is ready.`);

  await page.goto("/arrivals");
  // The pickup began five minutes ago: just after midnight that is yesterday's.
  await page.getByRole("button", { name: "Yesterday to the next two days" }).click();
  await page.getByTestId("arrival-card").filter({ hasText: driver }).getByRole("link", { name: "Hand over" }).click();
  await page.getByRole("button", { name: "Driver has arrived" }).click();
  const field = "Scan each parcel as you hand it over";
  await expect(page.getByLabel(field)).toBeVisible();
  await expect(page.getByRole("heading", { name: "To hand over (2)" })).toBeVisible();

  // Another driver's parcel is refused, saying whose pickup it is on; nothing moves.
  await scan(page, field, otherDriver!);
  const when = formatterFor("en-US").time(laterStart, store.timeZone);
  await expect(page.getByTestId("scan-result")).toContainText(
    `✕ Not on this driver's list: ${otherDriver} — it is on Gabriel Peterson's ${when} pickup`,
  );
  await scan(page, field, onNone!);
  await expect(page.getByTestId("scan-result")).toHaveText(
    `✕ Not on this driver's list: ${onNone} — it is on no pickup yet; keep it at the store.`,
  );
  await expect(page.getByTestId("handed-count")).toHaveText("0/2 handed over");

  // A parcel on the list but never marked ready: asked first; Cancel hands nothing over.
  await scan(page, field, notReady!);
  const ask = page.getByRole("alertdialog", { name: "Not marked ready — hand over anyway?" });
  await expect(ask).toBeVisible();
  await ask.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("scan-result")).toHaveText(`✕ ${notReady} not handed over.`);
  await expect(page.getByRole("list", { name: "To hand over" }).getByText(notReady!)).toBeVisible();
  await scan(page, field, notReady!);
  await ask.getByRole("button", { name: "Hand over anyway" }).click();
  await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${notReady} handed over.`);

  // Typed in lower case, the ready parcel still matches.
  await scan(page, field, ready!.toLowerCase());
  await expect(page.getByTestId("scan-result")).toHaveText(`✓ ${ready} handed over.`);
  await expect(page.getByTestId("handed-count")).toHaveText("2/2 handed over");
  await expect(page.getByRole("heading", { name: "To hand over (0)" })).toBeVisible();

  // A mis-scan is taken back while the driver is here.
  await page.getByRole("button", { name: `Undo handoff of ${ready}` }).click();
  await expect(page.getByRole("list", { name: "To hand over" }).getByText(ready!)).toBeVisible();
  await expect(page.getByTestId("handed-count")).toHaveText("1/2 handed over");

  // Finishing lists what goes and what stays before the driver leaves.
  await page.getByRole("button", { name: "Finish handoff" }).click();
  const summary = page.getByRole("alertdialog", { name: "Finish handoff?" });
  const went = summary.getByRole("region", { name: "Handed over (1)", exact: true });
  const stays = summary.getByRole("region", { name: "Not handed over (1)", exact: true });
  await expect(went.getByRole("listitem")).toHaveText([notReady!]);
  await expect(stays.getByRole("listitem")).toHaveText([`${ready} (ready)`]);
  await summary.getByRole("button", { name: "Finish handoff" }).click();
  await expect(page.getByText("Handoff finished: 1 handed over, 1 not handed over.")).toBeVisible();

  // The driver leaves: the carrier's list settles it, and the handoff is final.
  const result = await carrier.event(pickupId, {
    type: "departed",
    at: new Date().toISOString(),
    pickedUp: [notReady],
  });
  expect(result.discrepancies).toEqual([{ trackingId: ready, kind: "not_taken" }]);
  await expect(page.getByText("The driver has left: this handoff is final.")).toBeVisible();
  await expect(page.getByRole("button", { name: /Undo handoff/ })).toHaveCount(0);
});
