import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, signIn, test } from "./fixtures";

test("an admin registers a webhook endpoint and sees signed events delivered to it", async ({
  page,
  browser,
  seedStore,
  carrier,
}) => {
  const { store, people } = await seedStore({ program: "mall_pickup", people: ["store_staff", "admin"] });
  // Two people's screens and a delivery round trip.
  test.slow();
  const received: { body: string; signature: string }[] = [];
  const receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      received.push({ body, signature: String(req.headers["handoff-signature"] ?? "") });
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;

  try {
    await signIn(page, people.admin);
    await page.getByRole("link", { name: "Admin" }).click();
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Webhooks" }).click();
    await page.getByLabel("Endpoint URL").fill(url);
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const endpoint = page.getByRole("listitem").filter({ hasText: url });
    await expect(endpoint).toBeVisible();
    await endpoint.getByText("Signing secret").click();
    const secret = (await endpoint.locator("details code").textContent())!.trim();

    // Something worth telling the carrier: staff mark a parcel ready.
    const [parcel] = await carrier.announceMallParcels(store.code, 1);
    const staffContext = await browser.newContext();
    const staff = await staffContext.newPage();
    await signIn(staff, people.store_staff);
    await staff.goto("/parcels");
    await staff.getByLabel("Scan or type tracking ID").fill(parcel!);
    await staff.getByLabel("Scan or type tracking ID").press("Enter");
    await expect(staff.getByTestId("scan-result")).toHaveText(`✓ ${parcel} is ready.`);
    await staffContext.close();

    await expect.poll(() => received.find((r) => r.body.includes(parcel!))).toBeTruthy();
    const event = received.find((r) => r.body.includes(parcel!))!;
    const [t, v1] = event.signature.split(",").map((part) => part.split("=")[1]);
    expect(createHmac("sha256", secret).update(`${t}.${event.body}`).digest("hex")).toBe(v1);
    expect(JSON.parse(event.body)).toMatchObject({ type: "parcel.ready", data: { trackingId: parcel } });

    // The admin sees it delivered, with the attempt.
    await expect(
      page.getByRole("row").filter({ hasText: "parcel.ready" }).filter({ hasText: "succeeded" }).first(),
    ).toBeVisible();
  } finally {
    receiver.close();
  }
});
