import { timingSafeEqual } from "node:crypto";
import { getDatabase } from "@/db/client";
import { errorResponse, json, readJsonBody } from "@/server/api/http";
import { env } from "@/server/env";
import { notFound } from "@/server/errors";
import { seedStore, seedStoreInput } from "@/server/testing/seed-store";

export const dynamic = "force-dynamic";

/** Only the end-to-end test server, and only callers holding its token, may seed. */
function allowed(request: Request): boolean {
  if (env.APP_ENV !== "test" || !env.TEST_SEED_TOKEN) return false;
  const given = Buffer.from(request.headers.get("x-test-seed-token") ?? "");
  const expected = Buffer.from(env.TEST_SEED_TOKEN);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Creates a store and its people for one end-to-end test (see e2e/fixtures.ts). Anywhere else
 * it does not exist: a 404, as for any unknown path.
 */
export async function POST(request: Request) {
  try {
    if (!allowed(request)) throw notFound("Page");
    const input = await readJsonBody(request, seedStoreInput, 4096);
    const { db } = await getDatabase();
    return json(201, await seedStore(db, input));
  } catch (error) {
    return errorResponse(error);
  }
}
