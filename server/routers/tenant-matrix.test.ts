import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createArrival, createParcel, createWorld } from "@/db/factories";
import { queryRows } from "@/db/sql";
import { testDatabase } from "@/db/testing/database";
import { appRouter, createCaller } from "@/server/trpc/root";

/**
 * Every procedure of the router, called by every tenant-bound role of one tenant ("home") with
 * another tenant's ids ("away"): each answers NOT_FOUND or FORBIDDEN, or (for a procedure that
 * takes no ids) an answer without a trace of the other tenant, and nothing of the other tenant
 * changes. A procedure missing from `matrix` fails the test: whoever adds one classifies it.
 * Admins see every tenant by design, so they are not a row of this matrix.
 */
type World = Awaited<ReturnType<typeof createWorld>>;
type Away = World & {
  mallParcel: { trackingId: string };
  ruralParcel: { trackingId: string };
  pickup: { id: string };
  drop: { id: string };
};
type Entry =
  /** Takes no ids: the answer must not mention the other tenant. */
  | { kind: "self"; input?: (away: Away) => unknown }
  /** Takes ids: the other tenant's are NOT_FOUND or FORBIDDEN. */
  | { kind: "scoped"; input: (away: Away) => unknown }
  /** Acts on a list, answering per item: every foreign item is refused. */
  | { kind: "scoped-batch"; input: (away: Away) => unknown }
  /** Acts on the caller's own account only: any refusal is fine, no answer mentions another tenant. */
  | { kind: "own"; input?: () => unknown }
  /** Admins only: FORBIDDEN to everyone else. */
  | { kind: "admin"; input?: (away: Away) => unknown }
  /** A live stream; scoped by the same partner scope as `partners.list` (opened, not consumed). */
  | { kind: "stream"; input: (away: Away) => unknown };

const period = { from: "2026-11-01", to: "2026-11-07" };
const future = () => new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
const partnerFields = (away: Away) => ({
  name: "Anywhere Store",
  program: "local_delivery" as const,
  regionId: away.region.id,
  mallId: null,
  addressLine1: "1 Main St",
  city: "Town",
  state: "NE",
  postalCode: "68822",
  lat: 41.4,
  lng: -99.64,
  timeZone: "America/Chicago",
  radiusMiles: 10,
  payRateCents: 260,
  carrierId: randomUUID(),
});

const matrix: Record<string, Entry> = {
  "account.get": { kind: "own" },
  "account.changePassword": {
    kind: "own",
    input: () => ({ currentPassword: "not-the-password", newPassword: "a-long-new-passphrase-42" }),
  },
  "account.setPassword": { kind: "own", input: () => ({ newPassword: "a-long-new-passphrase-42" }) },
  "account.setLanguage": { kind: "own", input: () => ({ language: "es" }) },
  "admin.network.list": { kind: "admin" },
  "admin.network.create": { kind: "admin" },
  "admin.network.rename": { kind: "admin" },
  "admin.network.keys": { kind: "admin" },
  "admin.network.createKey": { kind: "admin" },
  "admin.network.revokeKey": { kind: "admin" },
  "admin.regions.list": { kind: "admin" },
  "admin.regions.create": { kind: "admin" },
  "admin.regions.update": { kind: "admin" },
  "admin.malls.list": { kind: "admin" },
  "admin.malls.create": { kind: "admin" },
  "admin.malls.update": { kind: "admin" },
  "admin.people.list": { kind: "admin" },
  "admin.people.create": { kind: "admin" },
  "admin.people.assignRegions": { kind: "admin" },
  "admin.people.disable": { kind: "admin" },
  "admin.people.enable": { kind: "admin" },
  "admin.people.resetPassword": { kind: "admin" },
  "admin.hooks.create": { kind: "admin" },
  "admin.hooks.update": { kind: "admin" },
  "admin.hooks.pause": { kind: "admin" },
  "admin.hooks.resume": { kind: "admin" },
  "admin.hooks.delete": { kind: "admin" },
  "admin.hooks.rotateSecret": { kind: "admin" },
  "admin.hooks.redeliver": { kind: "admin" },
  "admin.hooks.test": { kind: "admin" },
  "admin.audit.list": { kind: "admin" },
  "deliveries.startRoute": { kind: "scoped", input: (a) => ({ partnerCode: a.ruralStore.code }) },
  "deliveries.backAtStore": { kind: "scoped", input: (a) => ({ trackingId: a.ruralParcel.trackingId }) },
  "deliveries.endRoute": { kind: "scoped", input: (a) => ({ partnerCode: a.ruralStore.code }) },
  "partners.setOpeningHours": {
    kind: "scoped",
    input: (a) => ({ code: a.ruralStore.code, hours: { "1": { open: "09:00", close: "17:00" } } }),
  },
  "staff.list": { kind: "scoped", input: (a) => ({ partnerCode: a.ruralStore.code }) },
  "staff.invite": {
    kind: "scoped",
    input: (a) => ({ partnerCode: a.ruralStore.code, email: `new-${randomUUID()}@example.com`, name: "New Person" }),
  },
  "staff.remove": { kind: "scoped", input: (a) => ({ partnerCode: a.ruralStore.code, userId: a.staff.id }) },
  "admin.carriers": { kind: "admin" },
  "admin.webhooks": { kind: "admin" },
  "admin.addWebhook": {
    kind: "admin",
    input: (a) => ({ carrierId: a.carrier.id, url: "https://carrier.example/hooks", eventTypes: ["parcel.ready"] }),
  },
  "admin.setWebhookActive": { kind: "admin", input: () => ({ id: randomUUID(), active: false }) },
  "arrivals.atRisk": { kind: "self" },
  "arrivals.forStore": { kind: "scoped", input: (a) => ({ partnerCode: a.mallStore.code }) },
  "arrivals.mallBoard": { kind: "scoped", input: (a) => ({ mallId: a.mall.id }) },
  "arrivals.malls": { kind: "self" },
  "arrivals.manifest": { kind: "scoped", input: (a) => ({ arrivalId: a.pickup.id }) },
  "arrivals.markArrived": { kind: "scoped", input: (a) => ({ arrivalId: a.pickup.id }) },
  "arrivals.handOver": {
    kind: "scoped",
    input: (a) => ({ arrivalId: a.pickup.id, trackingId: a.mallParcel.trackingId, anyway: true }),
  },
  "arrivals.undoHandOver": {
    kind: "scoped",
    input: (a) => ({ arrivalId: a.pickup.id, trackingId: a.mallParcel.trackingId }),
  },
  "arrivals.finishHandoff": { kind: "scoped", input: (a) => ({ arrivalId: a.pickup.id }) },
  "deliveries.drop": { kind: "scoped", input: (a) => ({ partnerCode: a.ruralStore.code, arrivalId: a.drop.id }) },
  "deliveries.scanIn": {
    kind: "scoped",
    input: (a) => ({ arrivalId: a.drop.id, trackingId: a.ruralParcel.trackingId }),
  },
  "deliveries.completeCheckIn": { kind: "scoped", input: (a) => ({ arrivalId: a.drop.id }) },
  "deliveries.markDamaged": {
    kind: "scoped",
    input: (a) => ({ arrivalId: a.drop.id, trackingId: a.ruralParcel.trackingId }),
  },
  "deliveries.handBack": {
    kind: "scoped",
    input: (a) => ({ arrivalId: a.drop.id, trackingId: a.ruralParcel.trackingId }),
  },
  "deliveries.coverage": { kind: "scoped", input: (a) => ({ partnerCode: a.ruralStore.code }) },
  "deliveries.log": {
    kind: "scoped",
    input: (a) => ({
      clientActionId: randomUUID(),
      trackingId: a.ruralParcel.trackingId,
      outcome: "failed",
      failureReason: "recipient_unavailable",
      tappedAt: new Date(),
    }),
  },
  "deliveries.earnings": { kind: "scoped", input: (a) => ({ partnerCode: a.ruralStore.code, month: "2026-11" }) },
  "deliveries.today": { kind: "scoped", input: (a) => ({ partnerCode: a.ruralStore.code }) },
  "live.changes": { kind: "stream", input: (a) => ({ partnerCodes: [a.mallStore.code] }) },
  "parcels.get": { kind: "scoped", input: (a) => ({ trackingId: a.mallParcel.trackingId }) },
  // Searching for the other tenant's parcel by its tracking ID finds nothing.
  "parcels.search": { kind: "self", input: (a) => ({ q: a.mallParcel.trackingId }) },
  "parcels.queue": { kind: "scoped", input: (a) => ({ partnerCode: a.mallStore.code }) },
  "parcels.markReady": { kind: "scoped", input: (a) => ({ trackingId: a.mallParcel.trackingId }) },
  "parcels.undoReady": { kind: "scoped", input: (a) => ({ trackingId: a.mallParcel.trackingId }) },
  "parcels.markManyReady": {
    kind: "scoped-batch",
    input: (a) => ({ trackingIds: [a.mallParcel.trackingId, a.ruralParcel.trackingId], ready: true }),
  },
  "performance.dashboard": { kind: "self", input: () => period },
  "performance.leaderboard": { kind: "self", input: () => ({ period }) },
  "performance.partner": { kind: "scoped", input: (a) => ({ code: a.ruralStore.code, period }) },
  "performance.series": { kind: "scoped", input: (a) => ({ period, mallId: a.mall.id }) },
  "performance.sparklines": { kind: "self", input: () => period },
  "performance.thresholds": { kind: "self" },
  "performance.setThresholds": {
    kind: "scoped",
    input: (a) => ({ regionId: a.region.id, readyOnTimeRate: 0.5, deliveryCompletionRate: 0.5, proofCompliance: 0.5 }),
  },
  "partners.list": { kind: "self" },
  "partners.search": { kind: "self", input: () => ({}) },
  "partners.get": { kind: "scoped", input: (a) => ({ code: a.mallStore.code }) },
  "partners.today": { kind: "scoped", input: (a) => ({ code: a.ruralStore.code }) },
  "partners.withTodayCounts": { kind: "self" },
  "partners.networkOverview": { kind: "admin" },
  "partners.placement": { kind: "self" },
  "partners.payRates": { kind: "scoped", input: (a) => ({ code: a.ruralStore.code }) },
  "partners.setPayRate": { kind: "scoped", input: (a) => ({ code: a.ruralStore.code, rateCents: 260 }) },
  "partners.onboard": {
    kind: "scoped",
    input: (a) => ({ ...partnerFields(a), code: `X${randomUUID().slice(0, 6).toUpperCase()}` }),
  },
  "partners.update": { kind: "scoped", input: (a) => ({ code: a.ruralStore.code, partner: partnerFields(a) }) },
  "partners.setActive": { kind: "scoped", input: (a) => ({ code: a.ruralStore.code, active: false }) },
  "partners.users": { kind: "scoped", input: (a) => ({ code: a.mallStore.code }) },
  "partners.inviteUser": {
    kind: "scoped",
    input: (a) => ({
      code: a.mallStore.code,
      email: `new-${randomUUID().slice(0, 6)}@store.example`,
      name: "New Person",
      role: "store_staff",
    }),
  },
  "partners.pickupWindows": { kind: "scoped", input: (a) => ({ code: a.mallStore.code }) },
  "partners.setPickupWindows": {
    kind: "scoped",
    input: (a) => ({ code: a.mallStore.code, windows: [{ isoWeekday: 1, windowStart: "09:00", windowEnd: "10:00" }] }),
  },
  "partners.closureDays": { kind: "scoped", input: (a) => ({ code: a.ruralStore.code }) },
  "partners.addClosureDay": { kind: "scoped", input: (a) => ({ code: a.ruralStore.code, day: future() }) },
  "partners.removeClosureDay": { kind: "scoped", input: (a) => ({ code: a.ruralStore.code, day: future() }) },
  "partners.removeUser": { kind: "scoped", input: (a) => ({ code: a.mallStore.code, userId: a.staff.id }) },
  "partners.setUserActive": { kind: "scoped", input: (a) => ({ userId: a.staff.id, active: false }) },
  "users.me": { kind: "self" },
};

let db: Db;
let home: World;
let away: Away;

beforeAll(async () => {
  db = (await testDatabase()).db;
  home = await createWorld(db);
  const world = await createWorld(db);
  const mallParcel = await createParcel(db, world.mallStore, { status: "ready" });
  const ruralParcel = await createParcel(db, world.ruralStore, { status: "at_store" });
  const pickup = await createArrival(db, world.mallStore, { status: "arrived" });
  const drop = await createArrival(db, world.ruralStore, { status: "arrived" });
  away = { ...world, mallParcel, ruralParcel, pickup, drop };
});

/** Everything of the away tenant, as one digest: any change to it shows. */
async function awayDigest() {
  const ids = [away.mallStore.id, away.ruralStore.id];
  const list = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const [row] = await queryRows<{ digest: string }>(
    db,
    sql`select md5(concat_ws('|',
      (select string_agg(p::text, ',' order by p.id) from partners p where p.id in (${list})),
      (select string_agg(p::text, ',' order by p.id) from parcels p where p.partner_id in (${list})),
      (select string_agg(a::text, ',' order by a.id) from arrivals a where a.partner_id in (${list})),
      (select string_agg(m::text, ',' order by m::text) from partner_memberships m where m.partner_id in (${list})),
      (select string_agg(u::text, ',' order by u.id) from users u where u.id in (${away.staff.id}::uuid, ${away.owner.id}::uuid)),
      (select count(*)::text from events e where e.partner_id in (${list})),
      (select count(*)::text from delivery_attempts d where d.partner_id in (${list})),
      (select count(*)::text from closure_days c where c.partner_id in (${list})),
      (select string_agg(r::text, ',') from regions r where r.id = ${away.region.id}::uuid),
      (select string_agg(w::text, ',' order by w::text) from pickup_schedules w where w.partner_id in (${list})),
      (select string_agg(x::text, ',' order by x::text) from arrival_parcels x
        where x.arrival_id in (select id from arrivals where partner_id in (${list}))),
      (select count(*)::text from webhook_subscriptions s where s.carrier_id = ${away.carrier.id}::uuid)
    )) as digest`,
  );
  return row!.digest;
}

/** Strings that only the away tenant's data contains. */
const traces = () => [
  away.mallStore.code,
  away.ruralStore.code,
  away.mallStore.id,
  away.ruralStore.id,
  away.region.id,
  away.mall.id,
  away.mallParcel.trackingId,
  away.ruralParcel.trackingId,
  away.staff.email,
  away.owner.email,
];

const roles = ["staff", "owner", "manager"] as const;
const counts = { calls: 0 };

describe("tenant isolation, every procedure × every role", () => {
  const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>);

  it("classifies every procedure of the router", () => {
    const unclassified = procedures.map(([name]) => name).filter((name) => !(name in matrix));
    expect(unclassified, "classify these in tenant-matrix.test.ts").toEqual([]);
    const stale = Object.keys(matrix).filter((name) => !procedures.some(([n]) => n === name));
    expect(stale).toEqual([]);
  });

  for (const role of roles) {
    it(`a ${role} reaches nothing of another tenant`, async () => {
      const user = home[role];
      const caller = createCaller({ db, headers: new Headers(), sessionUser: { id: user.id, role: user.role } });
      const before = await awayDigest();
      const leaks: string[] = [];
      for (const [name, procedure] of procedures) {
        const entry = matrix[name];
        if (!entry || entry.kind === "stream") continue;
        const [group, proc] = name.split(".") as [string, string];
        const call = (caller as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[
          group
        ]![proc]!;
        const input = entry.input?.(away);
        counts.calls++;
        const outcome = await call(input).then(
          (value) => ({ ok: true as const, value }),
          (error: { code?: string; message?: string }) => ({ ok: false as const, error }),
        );
        const text = JSON.stringify(outcome.ok ? outcome.value : { message: outcome.error.message });
        // A refusal may repeat what the caller sent; anything else of the other tenant is a leak.
        const sent = JSON.stringify(input ?? null);
        const traced = traces().find((t) => text.includes(t) && !(outcome.ok === false && sent.includes(t)));
        if (entry.kind === "own") {
          if (outcome.ok && traced) leaks.push(`${name}: answer mentions ${traced}`);
        } else if (entry.kind === "self") {
          if (!outcome.ok && outcome.error.code !== "FORBIDDEN") leaks.push(`${name}: ${outcome.error.code}`);
          if (outcome.ok && traced) leaks.push(`${name}: answer mentions ${traced}`);
        } else if (entry.kind === "scoped-batch") {
          const items = outcome.ok ? (outcome.value as { ok: boolean }[]) : [];
          if (outcome.ok && items.some((i) => i.ok)) leaks.push(`${name}: applied to another tenant`);
          if (!outcome.ok && outcome.error.code !== "FORBIDDEN") leaks.push(`${name}: ${outcome.error.code}`);
        } else if (outcome.ok) {
          leaks.push(`${name}: answered ${procedure._def.type === "query" ? text.slice(0, 80) : "ok"}`);
        } else if (!["NOT_FOUND", "FORBIDDEN"].includes(outcome.error.code ?? "")) {
          leaks.push(`${name}: ${outcome.error.code} ${outcome.error.message}`);
        } else if (traced) {
          leaks.push(`${name}: refusal mentions ${traced}`);
        }
      }
      expect(leaks).toEqual([]);
      expect(await awayDigest()).toBe(before);
    });
  }

  afterAll(() => {
    console.info(
      `Tenant matrix: ${procedures.length} procedures × ${roles.length} roles = ${procedures.length * roles.length} cells, ${counts.calls} calls`,
    );
  });
});
