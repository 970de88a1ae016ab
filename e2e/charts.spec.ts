import { randomUUID } from "node:crypto";
import type { Locator } from "@playwright/test";
import { formatterFor } from "../lib/format";
import { addDays, localDayOf } from "../lib/local-day";
import { expect, signIn, test } from "./fixtures";

// The browser's default locale is en-US: dates read as the portal writes them there.
const us = formatterFor("en-US");

/** A chart by its caption. */
function chart(scope: Locator, title: string | RegExp) {
  return scope.getByTestId("chart").filter({ has: scope.page().locator("figcaption", { hasText: title }) });
}

/** The store's local today as the test sees it before and after a step: the step ran on one of them. */
async function aroundToday<T>(timeZone: string, step: () => Promise<T>) {
  const before = localDayOf(new Date(), timeZone);
  const result = await step();
  return { result, days: [before, localDayOf(new Date(), timeZone)] };
}

test("charts render one point per day of a 7-day period, from the store's own figures", async ({
  page,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "local_delivery", people: ["regional_manager"] });
  // Two parcels received today and none delivered yet: today's delivery completion is 0 %.
  await carrier.parcelsAtRuralStore(store.code, store, 2);

  await signIn(page, people.regional_manager);
  await page.getByRole("link", { name: "Performance" }).click();
  const { days } = await aroundToday(store.timeZone, () => page.getByRole("link", { name: "7 days" }).click());
  await expect(page).toHaveURL(/period=7/);

  // The rollup catches up in the background within seconds: look again until today is counted.
  const completion = chart(page.getByTestId("region-trends"), "Delivery completion");
  await expect(async () => {
    await page.reload();
    await expect(completion.getByTestId("chart-table-row").last()).toContainText("0.0%", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  // Seven days in the table, ending on the store's today; every day beside the previous period's.
  const rows = completion.getByTestId("chart-table-row");
  await expect(rows).toHaveCount(7);
  await completion.getByText("Show as a table").click();
  await expect(rows.first().locator("th")).toBeVisible();
  // The chart draws this period's and the previous period's lines; only today was measured.
  await expect(completion.locator(".recharts-line")).toHaveCount(2);
  await expect(completion.locator(".recharts-line-dot")).toHaveCount(1);
  await expect(completion.locator(".recharts-cartesian-axis-tick")).not.toHaveCount(0);
  const weeks = days.map((today) =>
    literally(`${us.days(addDays(today, -6), today)}, each partner in its own local days`),
  );
  await expect(page.getByText(new RegExp(weeks.join("|")))).toBeVisible();

  // The leaderboard's sparkline says what it shows.
  const row = page.getByTestId("leaderboard-row").filter({ hasText: store.code });
  await expect(row.getByRole("img", { name: /^Delivery completion by day: 1 of 7 days measured/ })).toBeVisible();

  // The drill-down: every trend over the same 7 days; earnings are counted (zero) every day.
  await row.getByRole("link", { name: store.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: store.name })).toBeVisible();
  const earnings = chart(page.getByTestId("partner-trends"), /^Earnings/);
  await expect(earnings.locator(".recharts-line-dot")).toHaveCount(7);
  await expect(earnings.getByTestId("chart-table-row")).toHaveCount(7);
  // The thresholded figures draw their threshold line.
  const drillCompletion = chart(page.getByTestId("partner-trends"), /^Delivery completion \(threshold 98\.0%\)/);
  await expect(drillCompletion.locator(".recharts-reference-line")).toHaveCount(1);
  await expect(drillCompletion.locator(".recharts-line-dot")).toHaveCount(1);
});

test("the manager's home leads with the last 7 days beside the 7 before, then alerts, then pickups at risk", async ({
  page,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["regional_manager"] });
  const parcels = await carrier.announceMallParcels(store.code, 2);
  const driver = `Driver ${randomUUID().slice(0, 6)}`;
  // Its window opened a minute ago: today's, wherever the clock stands, with nothing ready.
  await carrier.schedulePickup(store.code, parcels, -1, driver);

  const { days } = await aroundToday(store.timeZone, () => signIn(page, people.regional_manager));
  const main = page.locator("main");
  await expect(page.getByRole("heading", { level: 1, name: "Your region" })).toBeVisible();
  const sections = await main.locator("h2").allTextContents();
  expect(sections.slice(0, 3)).toEqual(["Last 7 days", "Alerts (0)", "Today's arrivals at risk (1)"]);
  expect(sections[3]).toBe(store.regionName);

  // The mall program's headline figures, each beside the previous 7 days (nothing measured yet).
  const figures = page.getByTestId("region-figures");
  const tiles = figures.getByTestId("figure-tile");
  await expect(tiles.locator("dt")).toHaveText([
    "Ready on time",
    "Missed: store not ready",
    "Missed: driver late or no-show",
  ]);
  await expect(tiles.first()).toContainText("prev –");
  const periods = days.map((today) => {
    const before = addDays(today, -7);
    return `${us.days(addDays(today, -6), today)}, beside the 7 days before (${us.days(addDays(before, -6), before)}).`;
  });
  await expect(main.getByText(/beside the 7 days before/)).toHaveText(new RegExp(periods.map(literally).join("|")));

  const risky = page.getByTestId("arrivals-at-risk").getByRole("listitem");
  await expect(risky).toHaveCount(1);
  await expect(risky).toContainText(store.name);
  await expect(risky).toContainText("0 of 2 ready");
  await expect(risky).toContainText(`driver ${driver}`);
});

/** Text as a pattern, its spaces as the page's text reads them (Intl writes thin and narrow spaces). */
function literally(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
}
