import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { addDays, localDayOf } from "../lib/local-day";
import { expect, signIn, type TestStore, test } from "./fixtures";

// 25 hours apart: whatever the hour, the two stores are never on the same local day.
const KIRITIMATI = "Pacific/Kiritimati";
const PAGO_PAGO = "Pacific/Pago_Pago";

/** The CSV the page's "Download CSV" gives, as rows keyed by partner code. */
async function downloadCsv(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV", exact: true }).click(),
  ]);
  const [header, ...lines] = (await readFile((await download.path())!, "utf8")).trim().split("\r\n");
  const columns = cellsOf(header!);
  return new Map(
    lines.map((line) => {
      const cells = cellsOf(line);
      const row = Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ""]));
      return [row.code!, row];
    }),
  );
}

/** One CSV line's cells (RFC 4180: a quoted cell may hold commas and doubled quotes). */
function cellsOf(line: string) {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  return [...cells, cell];
}

/** A store's local today, read before and after a step (the step ran on one of them). */
function todaysOf(store: TestStore, before: Date, after: Date) {
  return [...new Set([localDayOf(before, store.timeZone), localDayOf(after, store.timeZone)])];
}

test("Today and the 7-day period read each partner's own local days, on the page and in its CSV", async ({
  page,
  seedStore,
  carrier,
}) => {
  const { store, neighbours, people } = await seedStore({
    program: "local_delivery",
    people: ["regional_manager"],
    timeZone: KIRITIMATI,
    neighbours: [{ timeZone: PAGO_PAGO }],
  });
  const stores = [store, neighbours[0]!];
  // Each store receives one parcel today, in its own zone, and delivers none: completion 0.0 %.
  for (const s of stores) await carrier.parcelsAtRuralStore(s.code, s, 1);

  await signIn(page, people.regional_manager);
  await page.getByRole("link", { name: "Performance" }).click();
  const before = new Date();
  await page.getByRole("link", { name: "Today", exact: true }).click();
  await expect(page).toHaveURL(/period=today/);

  // The rollup catches up in the background within seconds: look again until both are counted.
  // By exact name: one store's code and name begin the other's.
  const linkOf = (s: TestStore) => page.getByRole("link", { name: s.name, exact: true });
  const rowOf = (s: TestStore) => page.getByTestId("leaderboard-row").filter({ has: linkOf(s) });
  const completionOf = (s: TestStore) => rowOf(s).locator("td").first().locator("span").first();
  await expect(async () => {
    await page.reload();
    for (const s of stores) await expect(completionOf(s)).toHaveText("0.0%", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const after = new Date();

  // Each drill-down opens on that store's own today.
  for (const s of stores) {
    const days = todaysOf(s, before, after).map((d) => `from=${d}&to=${d}`);
    await expect(rowOf(s).getByRole("link", { name: s.name, exact: true })).toHaveAttribute(
      "href",
      new RegExp(days.join("|")),
    );
  }
  // The page says the stores' days differ.
  await expect(page.getByText(/^Each partner's own local days: .* across time zones/)).toBeVisible();

  // The CSV: each store's own today, and its parcel counted on it.
  const today = await downloadCsv(page);
  for (const s of stores) {
    const row = today.get(s.code);
    expect(row, s.code).toBeDefined();
    expect(todaysOf(s, before, after)).toContain(row!.period_from);
    expect(row!.period_to).toBe(row!.period_from);
    expect(row!.completion).toBe("0");
  }

  // Seven days: each store's seven days end on its own today.
  await page.getByRole("link", { name: "7 days", exact: true }).click();
  await expect(page).toHaveURL(/period=7/);
  for (const s of stores) await expect(completionOf(s)).toHaveText("0.0%");
  const week = await downloadCsv(page);
  for (const s of stores) {
    const row = week.get(s.code)!;
    expect(todaysOf(s, before, new Date())).toContain(row.period_to);
    expect(row.period_from).toBe(addDays(row.period_to!, -6));
    expect(row.completion).toBe("0");
  }
  expect(week.get(store.code)!.period_to).not.toBe(week.get(neighbours[0]!.code)!.period_to);
});
