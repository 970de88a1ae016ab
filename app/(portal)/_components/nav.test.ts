import { describe, expect, it } from "vitest";
import { maxPhoneTabs, navFor, phoneNav } from "./nav";

describe("the phone's tab bar", () => {
  it("holds every section when they fit", () => {
    const items = navFor("store_staff", ["local_delivery"]);
    expect(phoneNav("store_staff", items)).toEqual({ tabs: items, more: [] });
  });

  it("keeps a rural owner's most used sections and puts the rest under More", () => {
    const items = navFor("store_owner", ["local_delivery"]);
    const { tabs, more } = phoneNav("store_owner", items);
    expect(tabs.map((t) => t.label)).toEqual(["Today", "Deliveries", "Parcels", "Arrivals"]);
    expect(more.map((t) => t.label)).toEqual(["Earnings", "Performance", "Staff", "Store"]);
  });

  it("never holds more than five entries, More included, for any role and store", () => {
    for (const role of ["store_staff", "store_owner", "regional_manager", "admin"] as const) {
      for (const programs of [[], ["mall_pickup"], ["local_delivery"], ["mall_pickup", "local_delivery"]] as const) {
        const items = navFor(role, programs);
        const { tabs, more } = phoneNav(role, items);
        expect(tabs.length + (more.length ? 1 : 0)).toBeLessThanOrEqual(maxPhoneTabs);
        expect([...tabs, ...more].map((i) => i.href).sort()).toEqual(items.map((i) => i.href).sort());
      }
    }
  });
});
