import { describe, expect, it } from "vitest";
import { POST } from "./route";

describe("the end-to-end seeding endpoint", () => {
  it("does not exist unless the test server configured its token", async () => {
    const response = await POST(
      new Request("http://localhost/api/test/seed", {
        method: "POST",
        headers: { "content-type": "application/json", "x-test-seed-token": "" },
        body: JSON.stringify({ program: "mall_pickup", people: ["admin"] }),
      }),
    );
    expect(response.status).toBe(404);
  });
});
