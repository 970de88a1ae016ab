import { zonedTimeToInstant } from "@/lib/local-day";
import type {
  ArrivalStatus,
  apiKeys,
  arrivalParcels,
  arrivals,
  carriers,
  closureDays,
  deliveryAttempts,
  events,
  malls,
  ParcelStatus,
  parcels,
  partnerMemberships,
  partners,
  pickupSchedules,
  proofFiles,
  regionMemberships,
  regions,
  users,
} from "../schema";
import type { IdSource, Rng, TrackingIds } from "./random";

/** Every row the demo seed writes, in insert order (parents before children). */
export type SeedRows = {
  carriers: (typeof carriers.$inferInsert)[];
  apiKeys: (typeof apiKeys.$inferInsert)[];
  regions: (typeof regions.$inferInsert)[];
  malls: (typeof malls.$inferInsert)[];
  partners: (typeof partners.$inferInsert)[];
  closureDays: (typeof closureDays.$inferInsert)[];
  pickupSchedules: (typeof pickupSchedules.$inferInsert)[];
  users: (typeof users.$inferInsert)[];
  partnerMemberships: (typeof partnerMemberships.$inferInsert)[];
  regionMemberships: (typeof regionMemberships.$inferInsert)[];
  arrivals: ArrivalRow[];
  parcels: ParcelRow[];
  arrivalParcels: (typeof arrivalParcels.$inferInsert)[];
  proofFiles: (typeof proofFiles.$inferInsert)[];
  deliveryAttempts: (typeof deliveryAttempts.$inferInsert)[];
  events: (typeof events.$inferInsert)[];
};

export type ParcelRow = typeof parcels.$inferInsert & { id: string; status: ParcelStatus };
export type ArrivalRow = typeof arrivals.$inferInsert & { id: string; status: ArrivalStatus };

/** Who did something, as the audit trail records it. */
export type SeedActor = { kind: "user"; id: string; name: string } | { kind: "carrier" } | { kind: "system" };

/** A store's people and its own random stream, so stores do not disturb each other's data. */
export type StoreSeed = {
  id: string;
  code: string;
  carrierId: string;
  timeZone: string;
  lat: number;
  lng: number;
  radiusMiles: number;
  staff: readonly SeedActor[];
  rng: Rng;
};

const MINUTE = 60_000;

const stampColumn: Partial<Record<ParcelStatus, "readyAt" | "receivedAt" | "pickedUpAt" | "deliveredAt">> = {
  ready: "readyAt",
  at_store: "receivedAt",
  picked_up: "pickedUpAt",
  delivered: "deliveredAt",
};

/**
 * Shared state of one seeding run: the rows, the id sources, and the clock. Nothing in the
 * history happens after `now`; a change asked for later is simply not made (and reported).
 */
export class SeedContext {
  readonly rows: SeedRows = {
    carriers: [],
    apiKeys: [],
    regions: [],
    malls: [],
    partners: [],
    closureDays: [],
    pickupSchedules: [],
    users: [],
    partnerMemberships: [],
    regionMemberships: [],
    arrivals: [],
    parcels: [],
    arrivalParcels: [],
    proofFiles: [],
    deliveryAttempts: [],
    events: [],
  };

  constructor(
    readonly now: Date,
    readonly ids: IdSource,
    readonly tracking: TrackingIds,
    readonly carrier: { id: string; name: string },
  ) {}

  isPast(at: Date): boolean {
    return at.getTime() <= this.now.getTime();
  }

  private actorFields(actor: SeedActor) {
    switch (actor.kind) {
      case "user":
        return { actorKind: "user" as const, actorUserId: actor.id, actorCarrierId: null, actorLabel: actor.name };
      case "carrier":
        return {
          actorKind: "carrier" as const,
          actorUserId: null,
          actorCarrierId: this.carrier.id,
          actorLabel: this.carrier.name,
        };
      case "system":
        return { actorKind: "system" as const, actorUserId: null, actorCarrierId: null, actorLabel: "Handoff" };
    }
  }

  /** Records a new parcel and its `announced` event. */
  announce(parcel: Omit<ParcelRow, "status" | "statusChangedAt">, actor: SeedActor = { kind: "carrier" }): ParcelRow {
    const row: ParcelRow = { ...parcel, status: "announced", statusChangedAt: parcel.announcedAt };
    this.rows.parcels.push(row);
    this.pushEvent(
      "parcel",
      row.partnerId,
      row.id,
      row.dueArrivalId ?? null,
      "announced",
      null,
      "announced",
      row.announcedAt!,
      actor,
    );
    return row;
  }

  /** Moves a parcel on, stamping the status's time column; false (and nothing done) if not yet happened. */
  move(
    parcel: ParcelRow,
    to: ParcelStatus,
    at: Date,
    actor: SeedActor,
    extra: { arrivalId?: string | null; data?: Record<string, unknown> } = {},
  ): boolean {
    if (!this.isPast(at)) return false;
    const from = parcel.status;
    parcel.status = to;
    parcel.statusChangedAt = at;
    parcel.updatedAt = at;
    const stamp = stampColumn[to];
    if (stamp) parcel[stamp] = at;
    const arrivalId = extra.arrivalId === undefined ? (parcel.dueArrivalId ?? null) : extra.arrivalId;
    this.pushEvent("parcel", parcel.partnerId, parcel.id, arrivalId, "status_changed", from, to, at, actor, extra.data);
    return true;
  }

  /** Records a scheduled arrival and its `scheduled` event. */
  schedule(arrival: Omit<ArrivalRow, "status">): ArrivalRow {
    const row: ArrivalRow = { ...arrival, status: "scheduled" };
    this.rows.arrivals.push(row);
    this.pushEvent("arrival", row.partnerId, null, row.id, "scheduled", null, "scheduled", row.createdAt!, {
      kind: "carrier",
    });
    return row;
  }

  moveArrival(arrival: ArrivalRow, to: ArrivalStatus, at: Date, actor: SeedActor, data?: Record<string, unknown>) {
    if (!this.isPast(at)) return false;
    const from = arrival.status;
    arrival.status = to;
    arrival.updatedAt = at;
    this.pushEvent("arrival", arrival.partnerId, null, arrival.id, "status_changed", from, to, at, actor, data);
    return true;
  }

  private pushEvent(
    subject: "parcel" | "arrival",
    partnerId: string,
    parcelId: string | null,
    arrivalId: string | null,
    type: string,
    fromStatus: string | null,
    toStatus: string,
    at: Date,
    actor: SeedActor,
    data?: Record<string, unknown>,
  ) {
    this.rows.events.push({
      subject,
      parcelId,
      arrivalId,
      partnerId,
      type,
      fromStatus,
      toStatus,
      ...this.actorFields(actor),
      at,
      data: data ?? null,
    });
  }
}

export function addMinutes(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * MINUTE);
}

export function minutesBetween(a: Date, b: Date): number {
  return (b.getTime() - a.getTime()) / MINUTE;
}

export function laterOf(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

export function earlierOf(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/** A random instant in [from, to). */
export function instantBetween(rng: Rng, from: Date, to: Date): Date {
  return new Date(from.getTime() + Math.floor(rng.float() * Math.max(0, to.getTime() - from.getTime())));
}

const localTimes = new Map<string, Date>();

/** `zonedTimeToInstant`, remembered: the history asks for the same few times of day thousands of times. */
export function localTime(day: string, time: string, timeZone: string): Date {
  const key = `${day} ${time} ${timeZone}`;
  let at = localTimes.get(key);
  if (!at) {
    at = zonedTimeToInstant(day, time, timeZone);
    localTimes.set(key, at);
  }
  return at;
}
