import { describe, expect, it } from "vitest";
import { programsShown } from "./rows";

const partnersOf = (...programs: ("mall_pickup" | "local_delivery")[]) => ({
  partners: programs.map((program) => ({ program })) as never,
});

describe("programsShown", () => {
  it("shows no table for a program with no partner here", () => {
    expect(programsShown(partnersOf("mall_pickup", "mall_pickup").partners, "all")).toEqual(["mall_pickup"]);
    expect(programsShown(partnersOf("local_delivery").partners, "all")).toEqual(["local_delivery"]);
  });

  it("shows both programs when both have partners, and the one asked for when filtered", () => {
    const both = partnersOf("local_delivery", "mall_pickup");
    expect(programsShown(both.partners, "all")).toEqual(["mall_pickup", "local_delivery"]);
    expect(programsShown(both.partners, "local_delivery")).toEqual(["local_delivery"]);
  });
});
