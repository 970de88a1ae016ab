import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, type Db, setProcessDatabase } from "@/db/client";
import { createApiKey, createArrival, createParcel, createWorld } from "@/db/factories";
import { privateTestDatabase } from "@/db/testing/database";
import { tableCounts } from "@/db/testing/table-counts";
import { hasControlCharacters } from "@/lib/validation";
import { arrivalEventSchema, arrivalPutSchema } from "@/server/domain/arrivals/schemas";
import { parcelPutSchema } from "@/server/domain/parcels/schemas";
import { rawBodyJunk, shapedJunk, weirdStrings } from "@/server/testing/junk";
import { callApi } from "./testing/client";

/**
 * Every Carrier API endpoint with generated junk (bodies, paths, keys, headers): no answer is a
 * 5xx, every answer is JSON, and a refused call changes no row (the rate-limit windows and the
 * stored idempotent answers excepted: counting a request and keeping a refusal to replay it are
 * the point of those tables).
 */

const RUNS_PER_ENDPOINT = 60;
const bookkeeping = ["api_rate_windows", "idempotency_records"];

let db: Db;
let dispose: () => Promise<void>;
let previousDatabase: DatabaseHandle | undefined;
let key: string;
let trackingIds: string[];
let arrivalIds: string[];
let partnerCodes: string[];
const statuses = new Map<string, number>();
let calls = 0;

beforeAll(async () => {
  const own = await privateTestDatabase();
  previousDatabase = setProcessDatabase(own);
  db = own.db;
  dispose = own.dispose;
  const world = await createWorld(db);
  key = (await createApiKey(db, world.carrier.id)).key;
  const pickup = await createArrival(db, world.mallStore);
  const drop = await createArrival(db, world.ruralStore, { windowStart: new Date(Date.now() - 3_600_000) });
  const mallParcel = await createParcel(db, world.mallStore, { dueArrivalId: pickup.id });
  const ruralParcel = await createParcel(db, world.ruralStore, { status: "at_store" });
  trackingIds = [mallParcel.trackingId, ruralParcel.trackingId];
  arrivalIds = [pickup.externalId, drop.externalId];
  partnerCodes = [world.mallStore.code, world.ruralStore.code];
});

afterAll(async () => {
  const line = [...statuses.entries()].sort().map(([status, n]) => `${status}: ${n}`);
  console.log(`Carrier API fuzz: ${calls} calls; ${line.join(", ")}`);
  setProcessDatabase(previousDatabase);
  await dispose();
});

/** A path segment: a real id, a hostile one encoded, or broken percent-encoding as sent. */
const segment = (real: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...real) },
    { weight: 2, arbitrary: fc.constantFrom(...weirdStrings.filter(Boolean)).map(encode) },
    { weight: 2, arbitrary: fc.constantFrom("%", "%25", "%zz", "%C3", "%00", "%E0%A4%A", "..", "%2F") },
    { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 30 }).map(encode) },
  );

const bodyOf = (schema: Parameters<typeof shapedJunk>[0]) =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: shapedJunk(schema, [...trackingIds, ...arrivalIds, ...partnerCodes]).map(
        (value) => JSON.stringify(value) ?? "",
      ),
    },
    { weight: 1, arbitrary: rawBodyJunk },
  );

const headers = () =>
  fc.record({
    authorization: fc.oneof(
      { weight: 8, arbitrary: fc.constant(`Bearer ${key}`) },
      { weight: 1, arbitrary: fc.constantFrom("", "Bearer ", "Bearer nope", "Basic x", `Bearer ${"k".repeat(5000)}`) },
    ),
    "idempotency-key": fc.oneof(
      { weight: 4, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: fc.string({ unit: "binary-ascii", maxLength: 300 }).filter(isHeaderValue) },
    ),
  });

/** What `Headers` accepts at all (a client cannot even send anything else). */
function isHeaderValue(value: string) {
  return !hasControlCharacters(value) && value.trim() === value;
}

/** Percent-encodes like a client would; half a surrogate pair goes as the raw bytes a broken client sends. */
function encode(value: string) {
  try {
    return encodeURIComponent(value);
  } catch {
    return "%ED%A0%80";
  }
}

type Endpoint = {
  name: string;
  method: string;
  /** Built when the test runs, once the ids exist. */
  path: () => fc.Arbitrary<string>;
  body?: () => fc.Arbitrary<string>;
};

const endpoints: Endpoint[] = [
  { name: "GET /health", method: "GET", path: () => fc.constant("/api/v1/health") },
  { name: "GET /openapi.json", method: "GET", path: () => fc.constant("/api/v1/openapi.json") },
  { name: "GET /partners", method: "GET", path: () => fc.constant("/api/v1/partners") },
  {
    name: "GET /parcels/{trackingId}",
    method: "GET",
    path: () => segment(trackingIds).map((s) => `/api/v1/parcels/${s}`),
  },
  {
    name: "PUT /parcels/{trackingId}",
    method: "PUT",
    path: () => segment(trackingIds).map((s) => `/api/v1/parcels/${s}`),
    body: () => bodyOf(parcelPutSchema),
  },
  {
    name: "GET /arrivals/{arrivalId}",
    method: "GET",
    path: () => segment(arrivalIds).map((s) => `/api/v1/arrivals/${s}`),
  },
  {
    name: "PUT /arrivals/{arrivalId}",
    method: "PUT",
    path: () => segment(arrivalIds).map((s) => `/api/v1/arrivals/${s}`),
    body: () => bodyOf(arrivalPutSchema),
  },
  {
    name: "POST /arrivals/{arrivalId}/events",
    method: "POST",
    path: () => segment(arrivalIds).map((s) => `/api/v1/arrivals/${s}/events`),
    body: () => bodyOf(arrivalEventSchema),
  },
];

describe("fuzzed Carrier API calls", () => {
  it.each(endpoints.map((e) => [e.name, e] as const))(
    "%s answers junk without a 5xx, in JSON, changing nothing when it refuses",
    async (_name, endpoint) => {
      const runs = endpoint.body ? RUNS_PER_ENDPOINT : RUNS_PER_ENDPOINT / 3;
      await fc.assert(
        fc.asyncProperty(
          endpoint.path(),
          endpoint.body?.() ?? fc.constant(undefined),
          headers(),
          async (path, body, sent) => {
            const before = await tableCounts(db, { except: bookkeeping });
            const { authorization, ...rest } = sent;
            const answer = await callApi(endpoint.method, path, {
              rawBody: body,
              headers: { ...rest, ...(authorization ? { authorization } : {}) },
            });
            calls++;
            statuses.set(String(answer.status), (statuses.get(String(answer.status)) ?? 0) + 1);
            expect(answer.status, `${endpoint.method} ${path}: ${JSON.stringify(answer.body)}`).toBeLessThan(500);
            if (answer.status >= 400) {
              expect(answer.body?.error?.code, "the error envelope").toEqual(expect.any(String));
              expect(
                await tableCounts(db, { except: bookkeeping }),
                `${endpoint.name} refused but changed rows`,
              ).toEqual(before);
            }
          },
        ),
        { numRuns: runs },
      );
    },
    120_000,
  );
});
