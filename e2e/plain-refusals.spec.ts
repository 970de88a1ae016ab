import { expect, signIn, test } from "./fixtures";

test("the partner form refuses bad numbers in plain words at each field, before sending", async ({
  page,
  seedStore,
}) => {
  const { store, people } = await seedStore({ program: "local_delivery", people: ["regional_manager"] });
  await signIn(page, people.regional_manager);
  await page.goto(`/partners/${store.code}`);
  const edit = page.locator("section").filter({ has: page.getByRole("heading", { name: "Edit" }) });

  let sent = 0;
  page.on("request", (r) => {
    if (r.url().includes("/api/trpc/partners.update")) sent++;
  });
  await edit.getByLabel("Latitude").fill("95");
  await edit.getByLabel("Delivery radius (miles)").fill("ten");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByText("Latitude is between -90 and 90.")).toBeVisible();
  await expect(edit.getByText("Enter the delivery radius in miles, like 10.")).toBeVisible();
  await expect(edit.getByLabel("Latitude")).toHaveAttribute("aria-invalid", "true");
  expect(sent).toBe(0);
  await expect(page.getByText(/expected number|Too big/)).toHaveCount(0);
});

test("a pay rate change starts on a day, keeps its history, and a negative rate is refused at the field", async ({
  page,
  seedStore,
}) => {
  const { store, people } = await seedStore({ program: "local_delivery", people: ["regional_manager"] });
  await signIn(page, people.regional_manager);
  await page.goto(`/partners/${store.code}`);
  const pay = page.locator("section").filter({ has: page.getByRole("heading", { name: "Pay per parcel" }) });
  await expect(pay.getByTestId("pay-rate-current")).toContainText("$2.50 per delivered parcel today");

  await pay.getByLabel("New pay per parcel ($)").fill("-1");
  await pay.getByRole("button", { name: "Set pay rate" }).click();
  await expect(pay.getByText("The pay per parcel cannot be negative.")).toBeVisible();

  await pay.getByLabel("New pay per parcel ($)").fill("3.10");
  await pay.getByRole("button", { name: "Set pay rate" }).click();
  await expect(pay.getByTestId("pay-rate-current")).toContainText("$3.10 per delivered parcel today");
  const history = pay.getByTestId("pay-rate-history");
  await expect(history.getByRole("row")).toHaveCount(2);
  await expect(history.getByRole("row").first()).toContainText("$3.10");
  await expect(history.getByRole("row").last()).toContainText("The start");
  await expect(history.getByRole("row").last()).toContainText("$2.50");
  await expect(page.locator("dd").filter({ hasText: "$3.10" })).toBeVisible();
});

test("pickup windows that end before they start are refused at the row, not as raw JSON", async ({
  page,
  seedStore,
}) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["regional_manager"] });
  await signIn(page, people.regional_manager);
  await page.goto(`/partners/${store.code}`);
  await page.getByRole("button", { name: "Add window" }).click();
  const row = page.getByTestId("pickup-window").last();
  await row.getByLabel("From").fill("16:00");
  await row.getByLabel("To").fill("15:00");
  await page.getByRole("button", { name: "Save schedule" }).click();
  await expect(row.getByText("A window must end after it starts.")).toBeVisible();
  await expect(page.getByText(/"code"|"path"/)).toHaveCount(0);
  await row.getByLabel("To").fill("16:30");
  await page.getByRole("button", { name: "Save schedule" }).click();
  await expect(page.getByText("Schedule saved.")).toBeVisible();
});

test("a webhook endpoint on http:// is refused with a message at the URL field", async ({ page, seedStore }) => {
  const { people } = await seedStore({ program: "mall_pickup", people: ["admin"] });
  await signIn(page, people.admin);
  await page.goto("/admin/webhooks");
  await page.getByLabel("Endpoint URL").fill("http://carrier.example/hooks");
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByText("Webhook endpoints must use https://.")).toBeVisible();
  await expect(page.getByLabel("Endpoint URL")).toHaveAttribute("aria-invalid", "true");
});

test("a performance period that ends before it starts, or spans years, is refused at the fields", async ({
  page,
  seedStore,
}) => {
  const { people } = await seedStore({ program: "local_delivery", people: ["regional_manager"] });
  await signIn(page, people.regional_manager);
  await page.goto("/performance?period=custom&from=2026-11-24&to=2026-11-01");
  await expect(page.getByText("Something went wrong")).toHaveCount(0);
  await expect(page.getByText("The end date must be on or after the start date.")).toBeVisible();
  await expect(page.getByLabel("To")).toHaveAttribute("aria-invalid", "true");

  // Typing a range over a year: the browser refuses to send it, and says why at the field.
  await page.getByLabel("From").fill("2020-01-01");
  await page.getByLabel("To").fill("2026-11-24");
  await expect(page.getByText("Choose at most 366 days (this range is 2520).")).toBeVisible();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/from=2026-11-24/);

  await page.getByLabel("From").fill("2026-11-01");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/from=2026-11-01&to=2026-11-24/);
  await expect(page.getByTestId("leaderboard-row")).toHaveCount(1);

  // The CSV refuses too, with a plain message and a 400.
  const csv = await page.request.get("/performance/export?period=custom&from=2026-11-24&to=2026-11-01");
  expect(csv.status()).toBe(400);
  expect(await csv.text()).toContain("The end date must be on or after the start date.");
});
