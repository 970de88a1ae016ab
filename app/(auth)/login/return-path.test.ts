import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps the page asked for, with its query", () => {
    expect(safeReturnPath("http://127.0.0.1:3100/partners/CHN-SUNDIAL?x=1")).toBe("/partners/CHN-SUNDIAL?x=1");
    expect(safeReturnPath("/parcels")).toBe("/parcels");
  });

  it("never leaves the portal", () => {
    expect(safeReturnPath("https://evil.example/steal")).toBe("/steal");
    expect(safeReturnPath("//evil.example/steal")).toBe("/steal");
    expect(safeReturnPath(null)).toBe("/");
    expect(safeReturnPath("/login?callbackUrl=/x")).toBe("/");
  });
});
