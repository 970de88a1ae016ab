import { addDays, daysBetween, localDayBounds, localDayOf } from "@/lib/local-day";
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
} from "./context";
import { attempt } from "./deliveries";
import { HISTORY_DAYS } from "./mall";
import type { Driver } from "./people";
import { ruralRecipient } from "./recipients";
import type { RuralStore } from "./world";

/** The store the rural demo account owns: today it always has a check-in under way. */
export const DEMO_RURAL_CODE = "NE-PRAIRIE";

const CARRIER: SeedActor = { kind: "carrier" };
const SYSTEM: SeedActor = { kind: "system" };

/**
 * ~90 days of a rural store: a drop-off every scheduled morning, checked in against its
 * manifest (with the odd missing, unexpected or damaged parcel), then a delivery round at
 * about 12 stops an hour, failed attempts retried on the next days and returned after three.
 */
export function simulateRuralStore(ctx: SeedContext, rs: RuralStore, drivers: readonly Driver[]) {
  const { store, def, closures } = rs;
  const { rng, timeZone } = store;
  const traits = def.traits;
  const today = localDayOf(ctx.now, timeZone);
  const days = daysBetween(addDays(today, -HISTORY_DAYS), today);
  const unserviced = new Set(
    rng.shuffle(days.filter((d) => d !== today && !closures.has(d))).slice(0, traits.unservicedDays),
  );
  let held: ParcelRow[] = [];
  let toReturn: ParcelRow[] = [];

  for (const day of days) {
    if (closures.has(day)) continue;
    const forced = day === today && def.code === DEMO_RURAL_CODE;
    const start = localTime(day, def.dropoffAt, timeZone);
    const eveningBefore = addDays(day, -1);
    const createdAt = localTime(eveningBefore, "15:00", timeZone);
    const driver = rng.pick(drivers);
    const arrival = ctx.schedule({
      id: ctx.ids.uuid(),
      carrierId: store.carrierId,
      externalId: `${store.code}-${day.replaceAll("-", "")}-DROP`,
      partnerId: store.id,
      kind: "dropoff",
      windowStart: start,
      windowEnd: addMinutes(start, 60),
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
    const announceUntil = localTime(eveningBefore, "22:00", timeZone);
    const count = rng.int(def.volume[0], def.volume[1]);
    const manifest = Array.from({ length: count }, () =>
      announce(ctx, rs, day, instantBetween(rng, createdAt, announceUntil)),
    );
    const extras = Math.floor(count * traits.unexpectedRate + rng.float());
    const unexpected = Array.from({ length: extras }, () =>
      announce(ctx, rs, day, instantBetween(rng, createdAt, announceUntil)),
    );

    if (unserviced.has(day)) {
      // Nobody checked the drop-off in: the carrier takes the parcels elsewhere.
      const missedAt = addMinutes(start, 180);
      ctx.moveArrival(arrival, "missed", missedAt, SYSTEM, { reason: "store did not check in" });
      for (const parcel of [...manifest, ...unexpected]) {
        if (manifest.includes(parcel)) manifestRow(ctx, arrival, parcel, {});
        ctx.move(parcel, "cancelled", addMinutes(missedAt, rng.between(5, 60)), CARRIER, {
          data: { reason: "drop-off not checked in" },
        });
      }
      continue;
    }

    const dayStart = localDayBounds(day, timeZone).start;
    let arrivedAt = addMinutes(start, rng.between(-10, 30));
    if (forced) arrivedAt = laterOf(earlierOf(arrivedAt, addMinutes(ctx.now, -12)), dayStart);
    const enRouteAt = earlierOf(addMinutes(start, -rng.between(20, 40)), addMinutes(arrivedAt, -1));
    if (ctx.moveArrival(arrival, "en_route", enRouteAt, CARRIER)) {
      arrival.eta = addMinutes(arrivedAt, rng.between(-3, 3));
    }
    if (ctx.moveArrival(arrival, "arrived", arrivedAt, CARRIER)) arrival.arrivedAt = arrivedAt;

    // Check-in: scan what came off the truck; the demo store is caught half-way through.
    const who = rng.pick(store.staff);
    const missing = new Set(manifest.filter(() => rng.chance(traits.missingRate)));
    const toScan = rng.shuffle([...manifest.filter((p) => !missing.has(p)), ...unexpected]);
    const scanLimit = forced ? Math.ceil(toScan.length * 0.55) : toScan.length;
    const firstScan = rng.between(1, 4);
    const scanStart = addMinutes(
      arrivedAt,
      forced ? Math.min(firstScan, minutesBetween(arrivedAt, ctx.now) / 3) : firstScan,
    );
    const roomSeconds = forced ? Math.max(0, (ctx.now.getTime() - scanStart.getTime()) / 1000 - 30) : Infinity;
    const step = Math.min(rng.between(5, 14), roomSeconds / Math.max(1, scanLimit));
    const scannedAt = toScan.map((_, i) => addMinutes(scanStart, ((i + 1) * step) / 60));
    const checkedInAt = addMinutes(scannedAt[scannedAt.length - 1] ?? scanStart, rng.between(0.3, 1.5));
    const departedAt = addMinutes(checkedInAt, rng.between(1, 4));
    const checkedIn = !forced && ctx.isPast(checkedInAt);
    const departed = !forced && ctx.isPast(departedAt);

    const received: ParcelRow[] = [];
    const damagedToday: ParcelRow[] = [];
    toScan.forEach((parcel, i) => {
      const onManifest = !unexpected.includes(parcel);
      const at = scannedAt[i]!;
      if (i >= scanLimit || !ctx.move(parcel, "at_store", at, who, { arrivalId: arrival.id })) {
        manifestRow(ctx, arrival, parcel, { onManifest });
        return;
      }
      const damaged = onManifest && rng.chance(traits.damagedRate);
      manifestRow(ctx, arrival, parcel, {
        onManifest,
        scannedAt: at,
        scannedByUserId: who.kind === "user" ? who.id : null,
        carrierConfirmedAt: departed && onManifest ? departedAt : null,
        discrepancy: onManifest ? (damaged ? "damaged" : null) : "unexpected",
      });
      if (damaged) {
        parcel.dueForReturn = true;
        damagedToday.push(parcel);
      } else {
        received.push(parcel);
      }
    });
    for (const parcel of missing) {
      manifestRow(ctx, arrival, parcel, {
        carrierConfirmedAt: departed ? departedAt : null,
        discrepancy: checkedIn ? "missing" : null,
      });
      if (checkedIn) {
        ctx.move(parcel, "cancelled", addMinutes(checkedInAt, rng.between(120, 300)), CARRIER, {
          data: { reason: "missing at drop-off" },
        });
      }
    }
    if (checkedIn) arrival.checkedInAt = checkedInAt;
    if (!forced && ctx.moveArrival(arrival, "completed", departedAt, CARRIER, { droppedOff: received.length })) {
      arrival.departedAt = departedAt;
      // Parcels due back go with the driver.
      for (const parcel of toReturn) ctx.move(parcel, "returned", departedAt, who, { data: { to: driver.name } });
      toReturn = toReturn.filter((p) => p.status !== "returned");
    }
    toReturn.push(...damagedToday);

    if (!checkedIn) {
      held.push(...received);
      continue;
    }
    // The delivery round: yesterday's leftovers first, then today's parcels.
    const roundStart = addMinutes(checkedInAt, rng.between(traits.roundDelay[0], traits.roundDelay[1]));
    const going: ParcelRow[] = [...held];
    held = [];
    for (const parcel of received) {
      if (rng.chance(traits.sameDayRate)) going.push(parcel);
      else held.push(parcel);
    }
    if (traits.usesOutForDelivery) for (const parcel of going) ctx.move(parcel, "out_for_delivery", roundStart, who);
    let at = roundStart;
    for (const parcel of rng.shuffle(going)) {
      at = addMinutes(at, rng.between(3, 7));
      const outcome = attempt(ctx, rs, parcel, at, who);
      if (outcome === "held") held.push(parcel);
      else if (outcome === "return") toReturn.push(parcel);
    }
  }
}

function announce(ctx: SeedContext, { store, def }: RuralStore, day: string, at: Date): ParcelRow {
  const { rng, timeZone } = store;
  const sameDay = rng.chance(0.85);
  return ctx.announce({
    id: ctx.ids.uuid(),
    trackingId: ctx.tracking.next(),
    partnerId: store.id,
    carrierId: store.carrierId,
    flow: "local_delivery",
    serviceLevel: sameDay ? "same_day" : "two_day",
    promisedBy: localTime(sameDay ? day : addDays(day, 1), "20:00", timeZone),
    ...ruralRecipient(rng, def),
    weightGrams: rng.int(200, 12_000),
    dueArrivalId: null,
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
}

function manifestRow(
  ctx: SeedContext,
  arrival: ArrivalRow,
  parcel: ParcelRow,
  fields: {
    onManifest?: boolean;
    scannedAt?: Date;
    scannedByUserId?: string | null;
    carrierConfirmedAt?: Date | null;
    discrepancy?: ManifestDiscrepancy | null;
  },
) {
  ctx.rows.arrivalParcels.push({
    arrivalId: arrival.id,
    parcelId: parcel.id,
    onManifest: fields.onManifest ?? true,
    scannedAt: fields.scannedAt ?? null,
    scannedByUserId: fields.scannedByUserId ?? null,
    carrierConfirmedAt: fields.carrierConfirmedAt ?? null,
    discrepancy: fields.discrepancy ?? null,
  });
}
