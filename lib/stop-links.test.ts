import { describe, expect, it } from "vitest";
import { directionsUrl, telUrl } from "./stop-links";

const place = { line1: "4 Prairie Rd", city: "Broken Bow", region: "NE", postalCode: "68822" };

describe("a stop's links", () => {
  it("navigate to the coordinates when known, else to the address", () => {
    expect(directionsUrl({ ...place, lat: 41.41, lng: -99.63 })).toBe(
      "https://www.google.com/maps/dir/?api=1&destination=41.41%2C-99.63&travelmode=driving",
    );
    expect(directionsUrl({ ...place, lat: null, lng: null })).toBe(
      "https://www.google.com/maps/dir/?api=1&destination=4%20Prairie%20Rd%2C%20Broken%20Bow%2C%20NE%2068822&travelmode=driving",
    );
  });

  it("call the number as dialled digits, keeping an international prefix", () => {
    expect(telUrl("+1 308 555 0142")).toBe("tel:+13085550142");
    expect(telUrl("(308) 555-0142")).toBe("tel:3085550142");
  });

  it("offer no call without a dialable number", () => {
    expect(telUrl(null)).toBeNull();
    expect(telUrl("")).toBeNull();
    expect(telUrl("ask at the shop")).toBeNull();
    expect(telUrl("12")).toBeNull();
  });
});
