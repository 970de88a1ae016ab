import { addDays, localDayOf } from "@/lib/local-day";
import { hashApiKey } from "@/server/domain/carriers/api-keys";
import { addMinutes, type SeedActor, type SeedContext, type StoreSeed } from "./context";
import { demoUsers } from "./people";
import {
  demoMalls,
  demoRegions,
  type MallDef,
  type MallPartnerDef,
  mallHours,
  mallPartners,
  pickupWindows,
  type RegionKey,
  type RuralPartnerDef,
  ruralPartners,
} from "./places";
import { hashString, Rng } from "./random";

export const DEMO_CARRIER = { code: "demo-carrier", name: "Handoff Demo Carrier" } as const;
export const DEMO_API_KEY = "demo-carrier-key";
const SEED = 20_240_611;

export type MallStore = { def: MallPartnerDef; mall: MallDef; store: StoreSeed };
export type RuralStore = { def: RuralPartnerDef; store: StoreSeed; closures: ReadonlySet<string> };
export type World = { mallStores: MallStore[]; ruralStores: RuralStore[] };

const closureReasons = [
  "Family event",
  "Inventory count",
  "Store repairs",
  "County fair",
  "Owner away",
  "Staff training",
];

/** A stream of its own per store, so adding a store never changes another store's data. */
export function rngFor(label: string): Rng {
  return new Rng((SEED ^ hashString(label)) >>> 0);
}

/** Carrier, key, regions, malls, stores, people and schedules: everything but the history. */
export function buildWorld(ctx: SeedContext, passwordHash: string): World {
  const { rows, ids, carrier } = ctx;
  const createdAt = addMinutes(ctx.now, -120 * 24 * 60);

  rows.carriers.push({ id: carrier.id, code: DEMO_CARRIER.code, name: carrier.name, createdAt });
  rows.apiKeys.push({
    id: ids.uuid(),
    carrierId: carrier.id,
    name: "Demo key",
    prefix: DEMO_API_KEY.slice(0, 9),
    keyHash: hashApiKey(DEMO_API_KEY),
    createdAt,
  });

  const regionIds = {} as Record<RegionKey, string>;
  for (const region of demoRegions) {
    regionIds[region.key] = ids.uuid();
    rows.regions.push({ id: regionIds[region.key], name: region.name, timeZone: region.timeZone, createdAt });
  }
  const mallIds = new Map<string, string>();
  for (const mall of demoMalls) {
    const id = ids.uuid();
    mallIds.set(mall.key, id);
    rows.malls.push({
      id,
      name: mall.name,
      addressLine1: mall.addressLine1,
      city: mall.city,
      state: mall.state,
      postalCode: mall.postalCode,
      country: "US",
      lat: mall.lat,
      lng: mall.lng,
      timeZone: mall.timeZone,
      regionId: regionIds[mall.region],
      createdAt,
    });
  }

  // People first: each store's history needs someone on staff to act in it.
  const staffByCode = new Map<string, SeedActor[]>();
  for (const def of demoUsers) {
    const id = ids.uuid();
    rows.users.push({ id, email: def.email, name: def.name, passwordHash, role: def.role, active: true, createdAt });
    for (const key of def.regions ?? [])
      rows.regionMemberships.push({ userId: id, regionId: regionIds[key], createdAt });
    for (const code of def.partners ?? []) {
      const list = staffByCode.get(code) ?? [];
      list.push({ kind: "user", id, name: def.name });
      staffByCode.set(code, list);
    }
  }
  const storeSeed = (code: string, timeZone: string, lat: number, lng: number): StoreSeed => ({
    id: ids.uuid(),
    code,
    carrierId: carrier.id,
    timeZone,
    lat,
    lng,
    radiusMiles: 10,
    staff: staffByCode.get(code) ?? [],
    rng: rngFor(code),
  });

  const mallStores: MallStore[] = [];
  for (const def of mallPartners) {
    const mall = demoMalls.find((m) => m.key === def.mall)!;
    const store = storeSeed(def.code, mall.timeZone, mall.lat + def.offset[0], mall.lng + def.offset[1]);
    rows.partners.push({
      ...partnerBase(store, def.name, def.payRateCents, createdAt),
      program: "mall_pickup",
      regionId: regionIds[mall.region],
      mallId: mallIds.get(mall.key)!,
      addressLine1: mall.addressLine1,
      addressLine2: def.suite,
      city: mall.city,
      state: mall.state,
      postalCode: mall.postalCode,
      openingHours: mallHours,
    });
    for (let weekday = 1; weekday <= 7; weekday++) {
      for (const [windowStart, windowEnd] of pickupWindows(weekday)) {
        rows.pickupSchedules.push({ id: ids.uuid(), partnerId: store.id, isoWeekday: weekday, windowStart, windowEnd });
      }
    }
    mallStores.push({ def, mall, store });
  }

  const ruralStores: RuralStore[] = [];
  for (const def of ruralPartners) {
    const store = storeSeed(def.code, "America/Chicago", def.lat, def.lng);
    rows.partners.push({
      ...partnerBase(store, def.name, def.payRateCents, createdAt),
      program: "local_delivery",
      regionId: regionIds[def.region],
      mallId: null,
      addressLine1: def.addressLine1,
      addressLine2: null,
      city: def.city,
      state: def.state,
      postalCode: def.postalCode,
      openingHours: def.hours,
    });
    const closures = closureDaysFor(def.code, localDayOf(ctx.now, store.timeZone));
    for (const [day, reason] of closures) rows.closureDays.push({ partnerId: store.id, day, reason, createdAt });
    ruralStores.push({ def, store, closures: new Set(closures.keys()) });
  }

  for (const user of rows.users) {
    const def = demoUsers.find((d) => d.email === user.email)!;
    for (const code of def.partners ?? []) {
      const partnerId = rows.partners.find((p) => p.code === code)!.id!;
      rows.partnerMemberships.push({ userId: user.id!, partnerId, createdAt });
    }
  }
  return { mallStores, ruralStores };
}

function partnerBase(store: StoreSeed, name: string, payRateCents: number, createdAt: Date) {
  return {
    id: store.id,
    code: store.code,
    name,
    carrierId: store.carrierId,
    country: "US",
    lat: store.lat,
    lng: store.lng,
    timeZone: store.timeZone,
    radiusMiles: store.radiusMiles,
    payRateCents,
    active: true,
    createdAt,
    updatedAt: createdAt,
  };
}

/**
 * Two to five closure days per store, some behind and some ahead (never today): five at most,
 * so never more than five in any calendar year.
 */
function closureDaysFor(code: string, today: string): Map<string, string> {
  const rng = rngFor(`${code}:closures`);
  const offsets = [rng.int(-85, -3), rng.int(5, 200)];
  if (rng.chance(0.7)) offsets.push(rng.int(-80, -3));
  if (rng.chance(0.5)) offsets.push(rng.int(-300, -100));
  if (rng.chance(0.5)) offsets.push(rng.int(30, 320));
  const closures = new Map<string, string>();
  for (const offset of offsets) closures.set(addDays(today, offset), rng.pick(closureReasons));
  return closures;
}
