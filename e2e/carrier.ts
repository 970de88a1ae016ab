import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect } from "@playwright/test";

/** The demo carrier, driving the portal through the Carrier API as the carrier's systems do. */
export class Carrier {
  constructor(
    private readonly request: APIRequestContext,
    private readonly key = "demo-carrier-key",
  ) {}

  private headers(extra: Record<string, string> = {}) {
    return { authorization: `Bearer ${this.key}`, ...extra };
  }

  async announceMallParcels(partnerCode: string, count: number) {
    const ids = Array.from({ length: count }, () => `E2E${randomUUID().slice(0, 10).toUpperCase()}`);
    for (const trackingId of ids) {
      const response = await this.request.put(`/api/v1/parcels/${trackingId}`, {
        headers: this.headers(),
        data: {
          partnerCode,
          flow: "mall_pickup",
          serviceLevel: "same_day",
          promisedBy: new Date(Date.now() + 8 * 3600_000).toISOString(),
          recipient: {
            name: "Jordan Lee",
            address: { line1: "1 Test Way", city: "Chandler", region: "AZ", postalCode: "85226", country: "US" },
          },
        },
      });
      expect(response.status(), await response.text()).toBe(201);
    }
    return ids;
  }

  async schedulePickup(partnerCode: string, parcels: string[], startsInMinutes: number, driverName: string) {
    const arrivalId = `E2E-ARR-${randomUUID().slice(0, 8)}`;
    const start = new Date(Date.now() + startsInMinutes * 60_000);
    const response = await this.request.put(`/api/v1/arrivals/${arrivalId}`, {
      headers: this.headers(),
      data: {
        partnerCode,
        kind: "pickup",
        windowStart: start.toISOString(),
        windowEnd: new Date(start.getTime() + 30 * 60_000).toISOString(),
        driver: { name: driverName, vehicle: "Silver Prius" },
        parcels,
      },
    });
    expect(response.status(), await response.text()).toBe(201);
    return arrivalId;
  }

  async event(arrivalId: string, body: unknown) {
    const response = await this.request.post(`/api/v1/arrivals/${arrivalId}/events`, {
      headers: this.headers({ "idempotency-key": randomUUID() }),
      data: body,
    });
    expect(response.status(), await response.text()).toBe(200);
    return response.json();
  }
}
