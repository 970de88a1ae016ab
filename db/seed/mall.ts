import { addDays, daysBetween, isoWeekday, localDayBounds, localDayOf } from "@/lib/local-day";
import type { ManifestDiscrepancy } from "../schema";
import {
  type ArrivalRow,
  addMinutes,
  earlierOf,
  instantBetween,
  laterOf,
  localTime,
  minutesBetween,
  type ParcelRow,
  type SeedActor,
  type SeedContext,
  type StoreSeed,
} from "./context";
import type { Driver } from "./people";
import { pickupWindows } from "./places";
import { mallRecipient } from "./recipients";
import type { MallStore } from "./world";

export const HISTORY_DAYS = 90;
/** The store the mall demo account works at: it always has work waiting on a pickup later today. */
export const DEMO_MALL_CODE = "CHN-SUNDIAL";

const CARRIER: SeedActor = { kind: "carrier" };
const SYSTEM: SeedActor = { kind: "system" };

type Visit = {
  row: ArrivalRow;
  day: string;
  start: Date;
  end: Date;
  enRouteAt: Date;
  /** The ETA the driver gives once on the way. */
  eta: Date;
  noShow: boolean;
  arrivedAt: Date;
  departedAt: Date;
  due: Pending[];
};

type Pending = {
  parcel: ParcelRow;
  plannedReady: Date;
  /** A ready mark undone once before the final one (staff picked the wrong item). */
  undo: { readyAt: Date; undoAt: Date } | null;
  readyDone: boolean;
};

/**
 * ~90 days of a mall store's pickups, plus today's live work and tomorrow's scheduled
 * windows: parcels announced through the day, marked ready (on time or not, per the store's
 * habit), handed to drivers who are mostly punctual, and delivered by the carrier.
 */
export function simulateMallStore(ctx: SeedContext, ms: MallStore, drivers: readonly Driver[]) {
  const { store } = ms;
  const today = localDayOf(ctx.now, store.timeZone);
  const first = addDays(today, -HISTORY_DAYS);
  const visits: Visit[] = [];
  for (const day of daysBetween(first, addDays(today, 1))) {
    for (const [s, e] of pickupWindows(isoWeekday(day))) {
      const start = localTime(day, s, store.timeZone);
      const end = localTime(day, e, store.timeZone);
      visits.push(
        planVisit(ctx, ms, drivers, day, start, end, `${store.code}-${day.replaceAll("-", "")}-${s.replace(":", "")}`),
      );
    }
  }
  const upcoming = ms.def.code === DEMO_MALL_CODE ? ensureUpcomingVisit(ctx, ms, drivers, visits, today) : null;

  const all: Pending[] = [];
  let cursor = 0;
  for (const day of daysBetween(first, today)) {
    const from = localTime(day, "07:00", store.timeZone);
    const to = localTime(day, "21:00", store.timeZone);
    const count = store.rng.int(ms.def.volume[0], ms.def.volume[1]);
    // Orders come in all day, most of them in the morning.
    const span = to.getTime() - from.getTime();
    const times = Array.from({ length: count }, () => new Date(from.getTime() + span * store.rng.float() ** 1.6));
    times.sort((a, b) => +a - +b);
    for (const at of times) {
      if (!ctx.isPast(at)) continue;
      // Due on the first window that leaves the store an hour to prepare it.
      const earliest = addMinutes(at, 60);
      while (visits[cursor]!.start < earliest) cursor++;
      const pending = announce(ctx, ms, visits[cursor]!, at, true);
      if (pending) all.push(pending);
    }
  }
  if (upcoming) all.push(...addLiveParcels(ctx, ms, upcoming, today));

  visits.forEach((visit, i) => {
    settleVisit(ctx, visit);
    walkVisit(ctx, store, visit, visits[i + 1]);
  });
  for (const pending of all) markReady(ctx, store, pending);
}

function planVisit(
  ctx: SeedContext,
  { store, mall, def }: MallStore,
  drivers: readonly Driver[],
  day: string,
  start: Date,
  end: Date,
  externalId: string,
  options: { createdAt?: Date; reliable?: boolean } = {},
): Visit {
  const { rng } = store;
  const driver = rng.pick(drivers);
  const noShow = !options.reliable && rng.chance(mall.driverNoShowRate);
  const late = !options.reliable && rng.chance(mall.driverLateRate);
  const arrivedAt = late ? addMinutes(end, rng.between(2, 35)) : addMinutes(start, rng.between(-5, 16));
  // Drivers wait longer at stores that are often not ready.
  const wait = rng.between(3, 9) + (1 - def.readyOnTime) * rng.between(20, 60);
  const createdAt =
    options.createdAt ?? earlierOf(localTime(addDays(day, -1), "18:00", store.timeZone), addMinutes(ctx.now, -30));
  const row = ctx.schedule({
    id: ctx.ids.uuid(),
    carrierId: store.carrierId,
    externalId,
    partnerId: store.id,
    kind: "pickup",
    windowStart: start,
    windowEnd: end,
    driverName: driver.name,
    driverVehicle: driver.vehicle,
    eta: null,
    arrivedAt: null,
    departedAt: null,
    cancelledReason: null,
    checkedInAt: null,
    createdAt,
    updatedAt: createdAt,
  });
  const enRouteAt = laterOf(addMinutes(start, -rng.between(15, 35)), addMinutes(createdAt, 1));
  const eta = noShow ? addMinutes(start, 5) : addMinutes(arrivedAt, rng.between(-4, 4));
  return { row, day, start, end, enRouteAt, eta, noShow, arrivedAt, departedAt: addMinutes(arrivedAt, wait), due: [] };
}

/** The demo store always has a pickup still to come today; late at night it gets an extra one. */
function ensureUpcomingVisit(
  ctx: SeedContext,
  ms: MallStore,
  drivers: readonly Driver[],
  visits: Visit[],
  today: string,
) {
  const soon = addMinutes(ctx.now, 20);
  const found = visits.find((v) => v.day === today && v.start > soon);
  if (found) return found;
  const dayEnd = localDayBounds(today, ms.store.timeZone).end;
  let start = new Date(Math.ceil(addMinutes(ctx.now, 45).getTime() / 300_000) * 300_000);
  let end = addMinutes(start, 30);
  if (end >= dayEnd) {
    const room = minutesBetween(ctx.now, dayEnd);
    start = addMinutes(ctx.now, room * 0.4);
    end = addMinutes(ctx.now, room * 0.9);
  }
  const externalId = `${ms.store.code}-${today.replaceAll("-", "")}-EXTRA`;
  const visit = planVisit(ctx, ms, drivers, today, start, end, externalId, {
    createdAt: addMinutes(ctx.now, -20),
    reliable: true,
  });
  visits.push(visit);
  visits.sort((a, b) => +a.start - +b.start);
  return visit;
}

function announce(ctx: SeedContext, { store, mall, def }: MallStore, visit: Visit, at: Date, natural: boolean) {
  const { rng } = store;
  const sameDay = rng.chance(0.6);
  const parcel = ctx.announce({
    id: ctx.ids.uuid(),
    trackingId: ctx.tracking.next(),
    partnerId: store.id,
    carrierId: store.carrierId,
    flow: "mall_pickup",
    serviceLevel: sameDay ? "same_day" : "two_day",
    promisedBy: localTime(sameDay ? visit.day : addDays(visit.day, 1), "21:00", store.timeZone),
    ...mallRecipient(rng, mall, store),
    weightGrams: rng.int(150, 6000),
    dueArrivalId: visit.row.id,
    announcedAt: at,
    readyAt: null,
    receivedAt: null,
    pickedUpAt: null,
    deliveredAt: null,
    failedAttempts: 0,
    dueForReturn: false,
    createdAt: at,
    updatedAt: at,
  });
  const plannedReady = planReady(store, def.readyOnTime, at, visit);
  const gap = minutesBetween(at, plannedReady);
  const undo =
    natural && gap > 20 && rng.chance(0.015)
      ? { readyAt: addMinutes(at, gap * 0.3), undoAt: addMinutes(at, gap * 0.3 + rng.between(1, 4)) }
      : null;
  const pending: Pending = { parcel, plannedReady, undo, readyDone: false };
  if (natural && rng.chance(0.006)) {
    const cancelAt = instantBetween(rng, addMinutes(at, 5), visit.start);
    if (ctx.isPast(cancelAt)) {
      if (plannedReady < cancelAt) markReady(ctx, store, pending);
      ctx.move(parcel, "cancelled", cancelAt, CARRIER, { data: { reason: "Order cancelled by the customer" } });
      parcel.dueArrivalId = null;
      return null;
    }
  }
  visit.due.push(pending);
  return pending;
}

/** When staff will mark it ready: good stores well before the window, struggling ones often after. */
function planReady(store: StoreSeed, readyOnTime: number, announcedAt: Date, visit: Visit): Date {
  const { rng, timeZone } = store;
  const overnight = announcedAt < localTime(visit.day, "00:00", timeZone);
  const prepStart = overnight
    ? laterOf(addMinutes(announcedAt, 2), localTime(visit.day, "09:30", timeZone))
    : addMinutes(announcedAt, 2);
  const deadline = addMinutes(visit.start, -2);
  if (prepStart < deadline && rng.chance(readyOnTime)) {
    const prep = Math.exp(rng.normal(Math.log(22), 0.6));
    const room = minutesBetween(prepStart, deadline);
    return addMinutes(prepStart, Math.min(prep, room * rng.between(0.5, 0.98)));
  }
  return addMinutes(laterOf(visit.start, prepStart), rng.between(1, 55));
}

/** Today's work at the demo store: some parcels still to prepare, some ready, all due on `visit`. */
function addLiveParcels(ctx: SeedContext, ms: MallStore, visit: Visit, today: string): Pending[] {
  const { rng, timeZone } = ms.store;
  const dayStart = localDayBounds(today, timeZone).start;
  const waiting = visit.due.filter((p) => !ctx.isPast(p.plannedReady)).length;
  const ready = visit.due.length - waiting;
  const added: Pending[] = [];
  const add = (isReady: boolean) => {
    const at = laterOf(addMinutes(ctx.now, -rng.between(10, 150)), dayStart);
    const pending = announce(ctx, ms, visit, at, false);
    if (!pending) return;
    pending.plannedReady = isReady
      ? instantBetween(rng, at, ctx.now)
      : addMinutes(ctx.now, minutesBetween(ctx.now, visit.start) * rng.between(0.4, 0.9));
    added.push(pending);
  };
  for (let i = waiting; i < 5; i++) add(false);
  for (let i = ready; i < 3; i++) add(true);
  return added;
}

/** The driver's side of a visit, as far as it has happened by now. */
function settleVisit(ctx: SeedContext, visit: Visit) {
  const { row } = visit;
  if (ctx.moveArrival(row, "en_route", visit.enRouteAt, CARRIER)) row.eta = visit.eta;
  if (visit.noShow) {
    ctx.moveArrival(row, "missed", addMinutes(visit.end, 45), SYSTEM, { reason: "driver did not arrive" });
    return;
  }
  if (ctx.moveArrival(row, "arrived", visit.arrivedAt, CARRIER)) row.arrivedAt = visit.arrivedAt;
  if (ctx.moveArrival(row, "completed", visit.departedAt, CARRIER)) row.departedAt = visit.departedAt;
}

/** Hands over what is ready; what is not rolls to the next visit, recorded with the miss's cause. */
function walkVisit(ctx: SeedContext, store: StoreSeed, visit: Visit, next: Visit | undefined) {
  const status = visit.row.status;
  const record = (p: Pending, discrepancy: ManifestDiscrepancy | null) =>
    ctx.rows.arrivalParcels.push({
      arrivalId: visit.row.id,
      parcelId: p.parcel.id,
      onManifest: true,
      scannedAt: null,
      scannedByUserId: null,
      carrierConfirmedAt: null,
      discrepancy,
    });
  for (const p of visit.due) {
    if (status === "completed") {
      if (p.plannedReady <= addMinutes(visit.departedAt, -1)) {
        handOver(ctx, store, p, visit);
        continue;
      }
      record(p, "not_ready");
    } else if (status === "missed") {
      // A driver who never came is the driver's miss for every parcel, as the minute sweep records it.
      record(p, "not_taken");
    } else {
      record(p, null);
      continue;
    }
    if (next) {
      p.parcel.dueArrivalId = next.row.id;
      next.due.push(p);
    }
  }
}

function staffOf(store: StoreSeed): SeedActor {
  return store.staff.length > 0 ? store.rng.pick(store.staff) : { kind: "system" };
}

function markReady(ctx: SeedContext, store: StoreSeed, p: Pending) {
  if (p.readyDone || !ctx.isPast(p.plannedReady)) return;
  const who = staffOf(store);
  if (p.undo) {
    ctx.move(p.parcel, "ready", p.undo.readyAt, who);
    ctx.move(p.parcel, "announced", p.undo.undoAt, who, { data: { undo: true } });
  }
  ctx.move(p.parcel, "ready", p.plannedReady, who);
  p.readyDone = true;
}

function handOver(ctx: SeedContext, store: StoreSeed, p: Pending, visit: Visit) {
  const { rng, timeZone } = store;
  markReady(ctx, store, p);
  const who = staffOf(store);
  const departed = visit.departedAt;
  const scannedAt = laterOf(addMinutes(departed, -rng.between(0.3, 2)), laterOf(p.parcel.readyAt!, visit.arrivedAt));
  ctx.rows.arrivalParcels.push({
    arrivalId: visit.row.id,
    parcelId: p.parcel.id,
    onManifest: true,
    scannedAt,
    scannedByUserId: who.kind === "user" ? who.id : null,
    carrierConfirmedAt: departed,
    discrepancy: null,
  });
  ctx.move(p.parcel, "picked_up", departed, CARRIER, { arrivalId: visit.row.id });
  const deliveredAt =
    p.parcel.serviceLevel === "same_day"
      ? addMinutes(departed, rng.between(35, 200))
      : addMinutes(localTime(addDays(visit.day, 1), "10:00", timeZone), rng.between(0, 480));
  ctx.move(p.parcel, "delivered", deliveredAt, CARRIER);
}
