import type { Browser, Page } from "@playwright/test";
import { formatterFor } from "../lib/format";
import { addDays, localDayOf, zonedTimeToInstant } from "../lib/local-day";
import { tinyPng } from "./files";
import { expect, type Person, signIn, type TestStore, test } from "./fixtures";

// The browser's default locale is en-US: days and money read as the portal writes them there.
const us = formatterFor("en-US");

const photo = tinyPng("door.png");

/** The owner records a delivery on a phone whose clock reads `at` (now when not given). */
async function deliver(browser: Browser, owner: Person, trackingId: string, at?: Date) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A delivery logged on the device keeps the time it was tapped (SPEC: delivery attempts).
  if (at) await page.clock.setFixedTime(at);
  await signIn(page, owner);
  await page.goto(`/deliveries/${trackingId}`);
  await page.getByLabel("Proof photo").setInputFiles(photo);
  await page.getByRole("button", { name: "Record delivery" }).click();
  await expect(page.getByTestId("log-result")).toHaveText(`${trackingId} delivered.`);
  await context.close();
}

/** The manager sets a pay rate on the partner's page, from a day onward (today when not given). */
async function setRate(page: Page, store: TestStore, dollars: string, from?: string) {
  await page.goto(`/partners/${store.code}`);
  const pay = page.locator("section").filter({ has: page.getByRole("heading", { name: "Pay per parcel" }) });
  await pay.getByLabel("New pay per parcel ($)").fill(dollars);
  if (from) await pay.getByLabel("Starting on").fill(from);
  await pay.getByRole("button", { name: "Set pay rate" }).click();
  return pay;
}

/** The owner's statement row for a local day (in that day's month). */
async function earningsOn(page: Page, store: TestStore, day: string) {
  await page.goto(`/earnings?${new URLSearchParams({ store: store.code, month: day.slice(0, 7) })}`);
  return page.getByTestId("earnings-day").filter({ has: page.getByRole("cell", { name: us.day(day), exact: true }) });
}

test("a delivery earns the rate in force on its day: a later rate change leaves past earnings as they were", async ({
  page,
  browser,
  seedStore,
  carrier,
}) => {
  // The store joined days ago, so a phone may log yesterday's delivery today.
  const { store, people } = await seedStore({
    program: "local_delivery",
    people: ["store_owner", "regional_manager"],
    joinedDaysAgo: 3,
  });
  const [before, after] = await carrier.parcelsAtRuralStore(store.code, store, 2);
  const today = localDayOf(new Date(), store.timeZone);
  const yesterday = addDays(today, -1);

  // Yesterday at noon (store time), at the opening rate of $2.50.
  await deliver(browser, people.store_owner, before!, zonedTimeToInstant(yesterday, "12:00", store.timeZone));

  // The manager raises the rate from today.
  await signIn(page, people.regional_manager);
  const pay = await setRate(page, store, "3.10");
  await expect(pay.getByTestId("pay-rate-current")).toContainText("$3.10 per delivered parcel today");

  // Today's delivery earns the new rate.
  await deliver(browser, people.store_owner, after!);

  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, people.store_owner);
  const yesterdayRow = await earningsOn(owner, store, yesterday);
  await expect(yesterdayRow.getByRole("cell")).toHaveText([us.day(yesterday), "1", "$2.50"]);
  const todayRow = await earningsOn(owner, store, today);
  await expect(todayRow.getByRole("cell")).toHaveText([us.day(today), "1", "$3.10"]);
  if (yesterday.slice(0, 7) === today.slice(0, 7)) {
    await expect(owner.getByTestId("earnings-total")).toContainText("2 parcels delivered · $5.60");
    await expect(owner.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(owner.getByText("$2.50, then $3.10 per delivered parcel this month")).toBeVisible();
  }

  // A rate planned from a later day applies from that day onward: today still earns $3.10.
  const later = addDays(today, 2);
  await setRate(page, store, "4.00", later);
  const history = pay.getByTestId("pay-rate-history");
  await expect(history.getByRole("row").first()).toContainText(`${us.dayWithYear(later)} (planned)`);
  await expect(history.getByRole("row").first()).toContainText("$4.00");
  await expect(pay.getByTestId("pay-rate-current")).toContainText("$3.10 per delivered parcel today");
  await expect((await earningsOn(owner, store, today)).getByRole("cell")).toHaveText([us.day(today), "1", "$3.10"]);
  await expect((await earningsOn(owner, store, yesterday)).getByRole("cell")).toHaveText([
    us.day(yesterday),
    "1",
    "$2.50",
  ]);
});
