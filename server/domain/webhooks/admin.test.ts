import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createCarrier } from "@/db/factories";
import { webhookDeliveries, webhookSubscriptions } from "@/db/schema";
import { privateTestDatabase } from "@/db/testing/database";
import { DELIVERIES_PAGE_SIZE, listWebhooks } from "./admin";
import { webhookListInput } from "./admin-schemas";

let db: Db;
let dispose: () => Promise<void>;
/** The deliveries' ids, newest first. */
const newestFirst: string[] = [];

beforeAll(async () => {
  const own = await privateTestDatabase();
  db = own.db;
  dispose = own.dispose;
  const carrier = await createCarrier(db);
  const [hook] = await db
    .insert(webhookSubscriptions)
    .values({
      carrierId: carrier.id,
      url: "https://example.com/hooks",
      secret: "whsec_test",
      eventTypes: ["parcel.ready"],
    })
    .returning();
  // Two share a moment: pages must still neither overlap nor skip.
  const base = Date.now();
  const rows = await db
    .insert(webhookDeliveries)
    .values(
      Array.from({ length: DELIVERIES_PAGE_SIZE + 10 }, (_, i) => ({
        subscriptionId: hook!.id,
        eventType: "parcel.ready" as const,
        payload: { id: randomUUID() },
        createdAt: new Date(base + Math.min(i, DELIVERIES_PAGE_SIZE) * 1000),
      })),
    )
    .returning({ id: webhookDeliveries.id, createdAt: webhookDeliveries.createdAt });
  const sorted = rows.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
  newestFirst.push(...sorted.map((r) => r.id));
});

afterAll(() => dispose());

describe("the webhooks page's deliveries", () => {
  it("come a page at a time, newest first, every delivery on exactly one page", async () => {
    const one = await listWebhooks({ db, page: 1 });
    const two = await listWebhooks({ db, page: 2 });
    expect(one.deliveriesPage).toEqual({ total: DELIVERIES_PAGE_SIZE + 10, page: 1, pageCount: 2, size: 50 });
    expect([...one.deliveries, ...two.deliveries].map((d) => d.id)).toEqual(newestFirst);
    expect((await listWebhooks({ db, page: 9 })).deliveriesPage.page).toBe(2);
  });

  it("start on the first page, and refuse a page that is not a whole number from 1", () => {
    expect(webhookListInput.parse(undefined)).toEqual({ page: 1 });
    expect(webhookListInput.safeParse({ page: 0 }).success).toBe(false);
    expect(webhookListInput.safeParse({ page: "2" }).success).toBe(false);
  });
});
