import { describe, expect, it } from "vitest";
import { pickTrackingMatch } from "./lookup";

describe("a scan that matches tracking IDs only by letter case", () => {
  it("names the spellings in the same order whatever order they were found in", () => {
    const found = [{ trackingId: "case12ab" }, { trackingId: "CASE12AB" }];
    const messages = [found, [...found].reverse()].map((rows) => {
      try {
        pickTrackingMatch("Case12ab", rows);
        return "picked one";
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(messages).toEqual([
      "CASE12AB and case12ab differ only by letter case; type the tracking ID exactly as on the label.",
      "CASE12AB and case12ab differ only by letter case; type the tracking ID exactly as on the label.",
    ]);
  });

  it("takes the exact spelling when one was typed", () => {
    const rows = [{ trackingId: "case12ab" }, { trackingId: "CASE12AB" }];
    expect(pickTrackingMatch("case12ab", rows)).toEqual({ trackingId: "case12ab" });
  });
});
