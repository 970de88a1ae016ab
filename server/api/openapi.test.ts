import { describe, expect, it } from "vitest";
import { z } from "zod";
import { openApiDocument } from "./openapi";

describe("the OpenAPI document", () => {
  it("names every component once, even when a second copy of a schema module registered the same id", () => {
    const before = openApiDocument();
    // What a server does when it bundles the schemas module again for another layer.
    z.object({ line1: z.string() }).meta({ id: "Address" });
    const after = openApiDocument();
    expect(after).toEqual(before);
    expect(Object.keys(after.components.schemas)).toContain("Address");
    expect(after.components.schemas.Address).toMatchObject({ properties: { line1: expect.any(Object) } });
  });
});
