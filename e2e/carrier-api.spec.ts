import { expect, test } from "@playwright/test";
import { Carrier } from "./carrier";

test("the Carrier API answers over HTTP with its contract", async ({ request }) => {
  expect(await (await request.get("/api/v1/health")).json()).toEqual({ status: "ok" });

  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");

  const anonymous = await request.get("/api/v1/partners");
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error.code).toBe("unauthorized");

  const partners = await request.get("/api/v1/partners", { headers: { authorization: "Bearer demo-carrier-key" } });
  const codes = (await partners.json()).partners.map((p: { code: string }) => p.code);
  expect(codes).toEqual(
    expect.arrayContaining(["CHN-SUNDIAL", "LAS-NEONLEAF", "TYS-CAPITOL", "NE-PRAIRIE", "MS-DELTA"]),
  );

  const [trackingId] = await new Carrier(request).announceMallParcels("TYS-CAPITOL", 1);
  const parcel = await request.get(`/api/v1/parcels/${trackingId}`, {
    headers: { authorization: "Bearer demo-carrier-key" },
  });
  expect(await parcel.json()).toMatchObject({ trackingId, status: "announced", partnerCode: "TYS-CAPITOL" });

  const malformed = await request.put(`/api/v1/parcels/${trackingId}`, {
    headers: { authorization: "Bearer demo-carrier-key", "content-type": "application/json" },
    data: Buffer.from("{oops"),
  });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error.code).toBe("malformed_json");
});
