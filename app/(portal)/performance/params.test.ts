import { describe, expect, it } from "vitest";
import { leaderboardSchema } from "@/server/domain/performance/schemas";
import { leaderboardInput, parseView, viewHref } from "./params";

describe("the performance page's address", () => {
  it("falls back to the defaults for junk, so no address fails the page", () => {
    const view = parseView({
      sort: "'; drop table",
      dir: "up",
      size: "30",
      pickupPage: "-1",
      deliveryPage: "x",
      mallsPage: "0",
    });
    expect(view).toMatchObject({ sort: "name", dir: "asc", size: 10, pickupPage: 1, deliveryPage: 1, mallsPage: 1 });
    expect(parseView({ deliveryPage: "1.5", size: ["50", "100"] })).toMatchObject({ deliveryPage: 1, size: 50 });
    // What the page asks the server for is always valid.
    expect(leaderboardSchema.safeParse(leaderboardInput(view, { preset: "30" })).success).toBe(true);
  });

  it("keeps the sort, size and each table's page, leaving defaults out", () => {
    const view = parseView({ sort: "completion", dir: "desc", size: "50", deliveryPage: "3" });
    expect(leaderboardInput(view, { preset: "7" })).toMatchObject({
      sort: "completion",
      dir: "desc",
      size: 50,
      pages: { mall_pickup: 1, local_delivery: 3 },
    });
    const href = viewHref("/performance", view, { pickupPage: 2 });
    expect(href).toContain("sort=completion&dir=desc");
    expect(href).toContain("size=50");
    expect(href).toContain("pickupPage=2");
    expect(viewHref("/performance", view, { size: 10, deliveryPage: 1 })).not.toMatch(/size|Page/);
    expect(viewHref("/performance", view, { mallsPage: 2 })).toContain("mallsPage=2");
  });
});
