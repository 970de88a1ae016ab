import { expect, test } from "./fixtures";

test("the Carrier API answers over HTTP with its contract", async ({ request, seedStore, carrier }) => {
  const { store } = await seedStore({ program: "mall_pickup", people: ["store_staff"] });
  expect(await (await request.get("/api/v1/health")).json()).toEqual({ status: "ok" });

  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");

  const anonymous = await request.get("/api/v1/partners");
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error.code).toBe("unauthorized");

  const partners = await request.get("/api/v1/partners", { headers: { authorization: "Bearer demo-carrier-key" } });
  const codes = (await partners.json()).partners.map((p: { code: string }) => p.code);
  expect(codes).toEqual(
    expect.arrayContaining(["CHN-SUNDIAL", "LAS-NEONLEAF", "TYS-CAPITOL", "NE-PRAIRIE", "MS-DELTA", store.code]),
  );

  const [trackingId] = await carrier.announceMallParcels(store.code, 1);
  const parcel = await request.get(`/api/v1/parcels/${trackingId}`, {
    headers: { authorization: "Bearer demo-carrier-key" },
  });
  expect(await parcel.json()).toMatchObject({ trackingId, status: "announced", partnerCode: store.code });

  const malformed = await request.put(`/api/v1/parcels/${trackingId}`, {
    headers: { authorization: "Bearer demo-carrier-key", "content-type": "application/json" },
    data: Buffer.from("{oops"),
  });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error.code).toBe("malformed_json");
});
