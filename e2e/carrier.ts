import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect } from "@playwright/test";
import { localDayOf, zonedTimeToInstant } from "../lib/local-day";

/**
 * The demo carrier, driving the portal through the Carrier API as the carrier's systems do
 * (the `carrier` fixture in fixtures.ts). Every tracking and arrival ID it makes is new.
 */
export class Carrier {
  constructor(
    private readonly request: APIRequestContext,
    private readonly key = "demo-carrier-key",
  ) {}

  private headers(extra: Record<string, string> = {}) {
    // A new connection per call: a kept-alive one can be closed by the server's idle timeout
    // just as the next call goes out on it (browsers retry that; this client does not).
    return { authorization: `Bearer ${this.key}`, connection: "close", ...extra };
  }

  /** Announces `count` new parcels, or parcels with exactly the tracking IDs given. */
  private async announce(
    partnerCode: string,
    count: number | string[],
    flow: string,
    recipient: Record<string, unknown>,
  ) {
    const ids =
      typeof count === "number"
        ? Array.from({ length: count }, () => `E2E${randomUUID().slice(0, 10).toUpperCase()}`)
        : count;
    for (const trackingId of ids) {
      const response = await this.request.put(`/api/v1/parcels/${trackingId}`, {
        headers: this.headers(),
        data: {
          partnerCode,
          flow,
          serviceLevel: "same_day",
          promisedBy: new Date(Date.now() + 8 * 3600_000).toISOString(),
          recipient,
        },
      });
      expect(response.status(), await response.text()).toBe(201);
    }
    return ids;
  }

  announceMallParcels(partnerCode: string, count: number | string[]) {
    return this.announce(partnerCode, count, "mall_pickup", {
      name: "Jordan Lee",
      address: { line1: "1 Test Way", city: "Chandler", region: "AZ", postalCode: "85226", country: "US" },
    });
  }

  /** A pickup starting in so many minutes, or at a given instant, with its 30-minute window. */
  async schedulePickup(partnerCode: string, parcels: string[], startsIn: number | Date, driverName: string) {
    const arrivalId = `E2E-ARR-${randomUUID().slice(0, 8)}`;
    const start = startsIn instanceof Date ? startsIn : new Date(Date.now() + startsIn * 60_000);
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

  /**
   * A drop-off at the store now (never before the store's local midnight, so it is today's
   * there), with its driver arrived.
   */
  async dropoffArrived(partnerCode: string, store: { timeZone: string }, parcels: string[], driverName: string) {
    const midnight = zonedTimeToInstant(localDayOf(new Date(), store.timeZone), "00:00", store.timeZone);
    const start = new Date(Math.max(midnight.getTime(), Date.now() - 60_000));
    const arrivalId = await this.scheduleDropoff(partnerCode, parcels, start, driverName);
    await this.event(arrivalId, { type: "arrived", at: new Date().toISOString() });
    return arrivalId;
  }

  /** Local-delivery parcels already at a rural store: announced, then dropped off by a late drop-off. */
  async parcelsAtRuralStore(partnerCode: string, store: { lat: number; lng: number; timeZone: string }, count: number) {
    const ids = await this.announceRuralParcels(partnerCode, store, count);
    const arrivalId = await this.dropoffArrived(partnerCode, store, ids, "Sam Route");
    await this.event(arrivalId, { type: "departed", at: new Date().toISOString(), pickedUp: [], droppedOff: ids });
    return ids;
  }

  async parcel(trackingId: string) {
    const response = await this.request.get(`/api/v1/parcels/${trackingId}`, { headers: this.headers() });
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as { status: string; events: { type: string; toStatus?: string }[] };
  }

  /** Local-delivery parcels a short way from the store (the radius is checked on announce). */
  announceRuralParcels(partnerCode: string, store: { lat: number; lng: number }, count: number) {
    return this.announce(partnerCode, count, "local_delivery", {
      name: "Casey Morgan",
      phone: "+1 308 555 0142",
      address: { line1: "4 Prairie Rd", city: "Broken Bow", region: "NE", postalCode: "68822", country: "US" },
      location: { lat: store.lat + 0.01, lng: store.lng + 0.01 },
    });
  }

  async scheduleDropoff(partnerCode: string, parcels: string[], windowStart: Date, driverName: string) {
    const arrivalId = `E2E-DROP-${randomUUID().slice(0, 8)}`;
    const response = await this.request.put(`/api/v1/arrivals/${arrivalId}`, {
      headers: this.headers(),
      data: {
        partnerCode,
        kind: "dropoff",
        windowStart: windowStart.toISOString(),
        windowEnd: new Date(windowStart.getTime() + 30 * 60_000).toISOString(),
        driver: { name: driverName, vehicle: "White Transit van" },
        parcels,
      },
    });
    expect(response.status(), await response.text()).toBe(201);
    return arrivalId;
  }

  /** The carrier cancels a parcel before handoff (`POST /parcels/{trackingId}/events`). */
  async cancelParcel(trackingId: string, reason: string) {
    const response = await this.request.post(`/api/v1/parcels/${trackingId}/events`, {
      headers: this.headers({ "idempotency-key": randomUUID() }),
      data: { type: "cancelled", reason },
    });
    expect(response.status(), await response.text()).toBe(200);
    return response.json();
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
