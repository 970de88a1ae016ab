import { describe, expect, it } from "vitest";
import { parcelSearchHref, withoutEmptyParams } from "./params";

describe("the parcel search's address", () => {
  it("drops the fields the form sent empty", () => {
    expect(withoutEmptyParams({ q: "ORDAN L", date: "" })).toBe("/parcels/search?q=ORDAN+L");
    expect(withoutEmptyParams({ q: "", date: "2026-11-24" })).toBe("/parcels/search?date=2026-11-24");
    expect(withoutEmptyParams({ q: "  ", date: "" })).toBe("/parcels/search");
  });

  it("leaves an address with no empty field as it is", () => {
    expect(withoutEmptyParams({ q: "lee", date: "2026-11-24", page: "2" })).toBeNull();
    expect(withoutEmptyParams({})).toBeNull();
  });

  it("pages keep only what was asked", () => {
    expect(parcelSearchHref({ q: "lee", page: 1 }, 2)).toBe("/parcels/search?q=lee&page=2");
    expect(parcelSearchHref({ date: "2026-11-24", page: 3 }, 1)).toBe("/parcels/search?date=2026-11-24");
  });
});
