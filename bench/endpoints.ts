/**
 * What the bench loads. One entry per endpoint: how to ask the portal for it, as whom, and
 * (for data endpoints) the same domain call the bare baseline server answers with.
 */
import type { Db } from "@/db/client";
import type { CarrierActor, UserActor } from "@/server/domain/actor";
import { storeQueue } from "@/server/domain/arrivals/store-queue";
import { upsertParcelFromCarrier } from "@/server/domain/parcels/announce";
import { presentParcel } from "@/server/domain/parcels/carrier-view";
import { getParcel } from "@/server/domain/parcels/queries";
import { partnersWithTodayCounts, storeToday } from "@/server/domain/partners/queries";

/** The people the bench signs in as (passwords are the demo seed's). */
export const people = {
  store: "staff@chandler.example",
  scaleStore: "staff-sc-0001@scale.example",
  /** A local delivery store of the scale data (its morning drop and route). */
  scaleRural: "staff-sc-0002@scale.example",
  manager: "manager@scale.example",
} as const;
export const PASSWORD = "handoff-demo";

export type Who = keyof typeof people;

/** Rows picked from the bench database once per run. */
export type Fixtures = {
  /** A demo store (CHN-SUNDIAL) and a scale store (SC-0001, a year of history). */
  storeCode: string;
  scaleStoreCode: string;
  trackingId: string;
  userIds: Record<Who, string>;
};

/** The scale data's carrier and its API key (from the scale seed). */
export const SCALE_CARRIER = { code: "scale-carrier", key: "scale-carrier-key" } as const;

export type BaselineContext = { db: Db; actors: Record<Who, UserActor>; carrier: CarrierActor; fixtures: Fixtures };

export type BenchEndpoint = {
  /** The row's label; also the baseline server's path (`/<id>`). */
  id: string;
  /** The portal request's path and query. */
  path: (fixtures: Fixtures) => string;
  /** Sent with this person's session; none for public pages. */
  as?: Who;
  /** The same SQL without Next.js, auth or tRPC. Pages have none. */
  baseline?: (ctx: BaselineContext) => Promise<unknown>;
  /** A page: its floor is a page of the same shell with no data (`pageFloorPath`), not the API route. */
  page?: true;
  /** A Carrier API write: each request gets its own path and body (`path` is then unused). */
  write?: { method: "PUT"; next: (fixtures: Fixtures) => { path: string; body: unknown } };
};

/**
 * Announced parcels go to a scale store no other endpoint reads, so the write load does not
 * change what the read endpoints measure.
 */
const ANNOUNCE_STORE = "SC-0003";

/** A run-unique tracking ID for each announced parcel, so every write creates one. */
const runId = Date.now().toString(36).toUpperCase();
let announced = 0;
function announceBody(partnerCode: string) {
  const trackingId = `BENCH${runId}N${(announced++).toString(36).toUpperCase()}`;
  return {
    trackingId,
    body: {
      partnerCode,
      flow: "mall_pickup" as const,
      serviceLevel: "same_day" as const,
      promisedBy: new Date(Date.now() + 6 * 3600_000).toISOString(),
      recipient: {
        name: "Bench Recipient",
        address: { line1: "1 Load Test Way", city: "Testville", region: "NE", postalCode: "68822", country: "US" },
        location: { lat: 41.4, lng: -99.63 },
      },
      weightGrams: 900,
    },
  };
}

/** Where the baseline server answers an endpoint. */
export function baselinePath(id: string): string {
  return `/${encodeURIComponent(id)}`;
}

/** A tRPC GET as the portal's client sends it (superjson input). */
function trpc(procedure: string, input?: unknown): string {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return `/api/trpc/${procedure}${query}`;
}

export const endpoints: BenchEndpoint[] = [
  {
    id: "partners.today",
    as: "store",
    path: (f) => trpc("partners.today", { code: f.storeCode }),
    baseline: ({ db, actors, fixtures }) => storeToday({ db, actor: actors.store, code: fixtures.storeCode }),
  },
  {
    id: "partners.today (scale store)",
    as: "scaleStore",
    path: (f) => trpc("partners.today", { code: f.scaleStoreCode }),
    baseline: ({ db, actors, fixtures }) => storeToday({ db, actor: actors.scaleStore, code: fixtures.scaleStoreCode }),
  },
  {
    id: "partners.withTodayCounts",
    as: "manager",
    path: () => trpc("partners.withTodayCounts"),
    baseline: ({ db, actors }) => partnersWithTodayCounts({ db, actor: actors.manager }),
  },
  {
    id: "parcels.queue (scale store)",
    as: "scaleStore",
    path: (f) => trpc("parcels.queue", { partnerCode: f.scaleStoreCode, filter: "open" }),
    baseline: ({ db, actors, fixtures }) =>
      storeQueue({ db, actor: actors.scaleStore, partnerCode: fixtures.scaleStoreCode, filter: "open" }),
  },
  {
    id: "PUT /api/v1/parcels (announce)",
    path: () => "/api/v1/parcels/unused",
    write: {
      method: "PUT",
      next: () => {
        const { trackingId, body } = announceBody(ANNOUNCE_STORE);
        return { path: `/api/v1/parcels/${trackingId}`, body };
      },
    },
    // What the route does: announce, then answer with the parcel as the API presents it.
    baseline: async ({ db, carrier }) => {
      const { trackingId, body } = announceBody(ANNOUNCE_STORE);
      const result = await upsertParcelFromCarrier({ db, actor: carrier, trackingId, body });
      return presentParcel({ db, parcel: result.parcel, partnerCode: result.partnerCode });
    },
  },
  {
    id: "parcels.get",
    as: "manager",
    path: (f) => trpc("parcels.get", { trackingId: f.trackingId }),
    baseline: ({ db, actors, fixtures }) => getParcel({ db, actor: actors.manager, trackingId: fixtures.trackingId }),
  },
  { id: "/login", path: () => "/login", page: true },
  // Server renders of the busiest pages over the large data (whole HTML, signed in).
  {
    id: "page /parcels (scale store)",
    as: "scaleStore",
    path: (f) => `/parcels?store=${f.scaleStoreCode}`,
    page: true,
  },
  { id: "page /deliveries (scale store)", as: "scaleRural", path: () => "/deliveries?store=SC-0002", page: true },
  { id: "page /performance (500 partners)", as: "manager", path: () => "/performance?period=30", page: true },
  // The manager's home: the region's figures (7 days vs the 7 before), alerts, arrivals at risk, partners.
  { id: "page / (manager home, 500 partners)", as: "manager", path: () => "/", page: true },
];

/** The floor: the same server reading the same session cookie, and nothing more. */
export const floorPath = "/api/test/floor";
/** The floor of a page row: the portal's shell for the same person around a heading, no data. */
export const pageFloorPath = "/test/floor";
