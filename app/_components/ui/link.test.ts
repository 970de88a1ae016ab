import { describe, expect, it } from "vitest";
import { isPortalPath } from "./link";

describe("a link's path", () => {
  it("is the portal's own only for a path on this site", () => {
    for (const href of ["/", "/parcels", "/parcels/TRK-1?filter=open#row"]) expect(isPortalPath(href)).toBe(true);
    for (const href of ["//evil.example", "/\\evil.example", "https://evil.example/", "parcels", "", "mailto:a@b.c"])
      expect(isPortalPath(href)).toBe(false);
  });
});
