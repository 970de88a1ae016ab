/**
 * `npm run simulate`: plays the carrier against a running portal, through the Carrier API only.
 * Each cycle, for each mall store it announces a few parcels, schedules a driver pickup a few
 * minutes ahead, then sends the driver's ETA, arrival and departure (taking the parcels that are
 * ready or were handed over), so a demo shows drivers approaching and collecting.
 *
 *   npm run simulate -- [--url http://localhost:3000] [--key demo-carrier-key]
 *                       [--stores CHN-SUNDIAL,LAS-NEONLEAF] [--lead 4] [--parcels 4] [--dwell 60] [--cycles 3]
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://localhost:3000" },
    key: { type: "string", default: "demo-carrier-key" },
    stores: { type: "string", default: "" },
    lead: { type: "string", default: "4" },
    parcels: { type: "string", default: "4" },
    cycles: { type: "string", default: "0" },
    dwell: { type: "string", default: "60" },
  },
});
const base = `${values.url.replace(/\/$/, "")}/api/v1`;
const leadMinutes = Math.max(1, Number(values.lead));
const parcelsPerPickup = Math.max(1, Number(values.parcels));
const maxCycles = Number(values.cycles) || Number.POSITIVE_INFINITY;
const dwellSeconds = Math.max(0, Number(values.dwell));

type Partner = { code: string; name: string; program: string; location: { lat: number; lng: number } };

async function api<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${values.key}`, "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

const event = (arrivalId: string, body: unknown) =>
  api<{ arrival: { status: string }; discrepancies: unknown[] }>("POST", `/arrivals/${arrivalId}/events`, body, {
    "idempotency-key": randomUUID(),
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) => console.log(`${new Date().toLocaleTimeString()}  ${message}`);
const names = [
  "Ana Ruiz",
  "Ben Carter",
  "Chloe Park",
  "Diego Alvarez",
  "Emma Stone",
  "Farah Khan",
  "Gus Miller",
  "Hana Sato",
];
const drivers = [
  { name: "Marcus Bell", vehicle: "Gray Honda Civic" },
  { name: "Priya Nair", vehicle: "White Toyota RAV4" },
  { name: "Luis Ortega", vehicle: "Blue Ford Escape" },
];

async function announce(partner: Partner, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const trackingId = `SIM${Date.now().toString(36).toUpperCase()}${randomUUID().slice(0, 4).toUpperCase()}${i}`;
    await api("PUT", `/parcels/${trackingId}`, {
      partnerCode: partner.code,
      flow: "mall_pickup",
      serviceLevel: i % 3 === 0 ? "two_day" : "same_day",
      promisedBy: new Date(Date.now() + 8 * 3600_000).toISOString(),
      recipient: {
        name: names[(Date.now() + i) % names.length]!,
        address: { line1: `${100 + i} Main St`, city: "Springfield", region: "NA", postalCode: "00000", country: "US" },
        location: { lat: partner.location.lat + 0.02, lng: partner.location.lng + 0.02 },
      },
      weightGrams: 500 + i * 250,
    });
    ids.push(trackingId);
  }
  return ids;
}

async function pickupCycle(partner: Partner, cycle: number) {
  const trackingIds = await announce(partner, parcelsPerPickup);
  const arrivalId = `SIM-${partner.code}-${Date.now().toString(36)}`;
  const start = new Date(Date.now() + leadMinutes * 60_000);
  const driver = drivers[cycle % drivers.length]!;
  await api("PUT", `/arrivals/${arrivalId}`, {
    partnerCode: partner.code,
    kind: "pickup",
    windowStart: start.toISOString(),
    windowEnd: new Date(start.getTime() + 15 * 60_000).toISOString(),
    driver,
    parcels: trackingIds,
  });
  log(`${partner.code}: announced ${trackingIds.join(", ")}; ${driver.name} due at ${start.toLocaleTimeString()}`);

  await sleep((leadMinutes * 60_000) / 2);
  await event(arrivalId, { type: "eta", eta: start.toISOString() });
  log(`${partner.code}: ${driver.name} en route, ETA ${start.toLocaleTimeString()}`);

  await sleep(Math.max(0, start.getTime() - Date.now()));
  await event(arrivalId, { type: "arrived", at: new Date().toISOString() });
  log(`${partner.code}: ${driver.name} arrived`);

  await sleep(dwellSeconds * 1000);
  const statuses = await Promise.all(trackingIds.map((id) => api<{ status: string }>("GET", `/parcels/${id}`)));
  const pickedUp = trackingIds.filter((_, i) => ["ready", "picked_up"].includes(statuses[i]!.status));
  const result = await event(arrivalId, { type: "departed", at: new Date().toISOString(), pickedUp, droppedOff: [] });
  log(
    `${partner.code}: ${driver.name} left with ${pickedUp.length}/${trackingIds.length}; ${result.discrepancies.length} discrepancies`,
  );
}

const { partners } = await api<{ partners: Partner[] }>("GET", "/partners");
const wanted = values.stores
  ? values.stores.split(",").map((s) => s.trim())
  : ["CHN-SUNDIAL", "LAS-NEONLEAF", "TYS-CAPITOL"];
const malls = partners.filter((p) => p.program === "mall_pickup" && wanted.includes(p.code));
if (malls.length === 0) throw new Error(`None of ${wanted.join(", ")} is a mall partner of this carrier.`);
log(`Simulating drivers for ${malls.map((p) => p.code).join(", ")} against ${base} (Ctrl-C to stop)`);
for (let cycle = 0; cycle < maxCycles; cycle++) {
  await Promise.all(malls.map((partner) => pickupCycle(partner, cycle)));
}
