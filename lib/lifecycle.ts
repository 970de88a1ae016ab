import type { ArrivalStatus, ParcelStatus, Program } from "./enums";

/** Who may move a status: the kinds of actor, as the transition table names them. */
export type Mover = "store" | "manager" | "admin" | "carrier" | "system";

/**
 * The parcel lifecycle, one row per allowed change: every status change goes through
 * `findParcelTransition`, so this table is the whole rule. Anything not listed is refused.
 */
export type ParcelTransition = {
  flow: Program;
  from: ParcelStatus;
  to: ParcelStatus;
  by: readonly Mover[];
  /** A step back allowed only through one action (never by asking for the status). */
  via?: ParcelTransitionVia;
};

/** Actions that may take a step back the plain lifecycle refuses. */
export type ParcelTransitionVia = "handoff_undo";

const STORE = ["store"] as const;
const CARRIER = ["carrier"] as const;

export const parcelTransitions: readonly ParcelTransition[] = [
  // Mall pickup
  { flow: "mall_pickup", from: "announced", to: "ready", by: STORE },
  { flow: "mall_pickup", from: "ready", to: "announced", by: STORE }, // undo, until picked up
  { flow: "mall_pickup", from: "ready", to: "picked_up", by: ["store", "carrier"] },
  // A mis-scan at the handoff, undone while the driver is still at the store.
  { flow: "mall_pickup", from: "picked_up", to: "ready", by: STORE, via: "handoff_undo" },
  { flow: "mall_pickup", from: "picked_up", to: "delivered", by: CARRIER },
  { flow: "mall_pickup", from: "announced", to: "cancelled", by: CARRIER },
  { flow: "mall_pickup", from: "ready", to: "cancelled", by: CARRIER },
  // Local delivery
  { flow: "local_delivery", from: "announced", to: "at_store", by: ["store", "carrier"] },
  { flow: "local_delivery", from: "at_store", to: "out_for_delivery", by: STORE },
  { flow: "local_delivery", from: "attempted", to: "out_for_delivery", by: STORE },
  // Back at the store unfinished at the end of a route: it can go out again.
  { flow: "local_delivery", from: "out_for_delivery", to: "at_store", by: STORE },
  { flow: "local_delivery", from: "at_store", to: "delivered", by: STORE },
  { flow: "local_delivery", from: "out_for_delivery", to: "delivered", by: STORE },
  { flow: "local_delivery", from: "attempted", to: "delivered", by: STORE },
  { flow: "local_delivery", from: "at_store", to: "attempted", by: STORE },
  { flow: "local_delivery", from: "out_for_delivery", to: "attempted", by: STORE },
  // A further failed attempt keeps the parcel attempted (and counts it).
  { flow: "local_delivery", from: "attempted", to: "attempted", by: STORE },
  { flow: "local_delivery", from: "at_store", to: "returned", by: ["store", "carrier"] },
  { flow: "local_delivery", from: "attempted", to: "returned", by: ["store", "carrier"] },
  { flow: "local_delivery", from: "announced", to: "cancelled", by: CARRIER },
  { flow: "local_delivery", from: "at_store", to: "cancelled", by: CARRIER },
  { flow: "local_delivery", from: "attempted", to: "cancelled", by: CARRIER },
];

/** The rule for a change; a row kept for one action (`via`) matches only when that action asks. */
export function findParcelTransition(flow: Program, from: ParcelStatus, to: ParcelStatus, via?: ParcelTransitionVia) {
  return parcelTransitions.find((t) => t.flow === flow && t.from === from && t.to === to && t.via === via);
}

/** Statuses in which the parcel is the store's to act on (before it leaves the store's hands). */
export const storeHeldParcelStatuses: readonly ParcelStatus[] = [
  "announced",
  "ready",
  "at_store",
  "out_for_delivery",
  "attempted",
];

/** Statuses after which nothing more happens to a parcel. */
export const finalParcelStatuses: readonly ParcelStatus[] = ["delivered", "returned", "cancelled"];

export type ArrivalTransition = { from: ArrivalStatus; to: ArrivalStatus; by: readonly Mover[] };

export const arrivalTransitions: readonly ArrivalTransition[] = [
  { from: "scheduled", to: "en_route", by: CARRIER },
  { from: "scheduled", to: "arrived", by: ["carrier", "store"] },
  { from: "en_route", to: "arrived", by: ["carrier", "store"] },
  { from: "arrived", to: "completed", by: ["carrier", "store"] },
  { from: "scheduled", to: "missed", by: ["system"] },
  { from: "en_route", to: "missed", by: ["system"] },
  { from: "scheduled", to: "cancelled", by: CARRIER },
  { from: "en_route", to: "cancelled", by: CARRIER },
  { from: "arrived", to: "cancelled", by: CARRIER },
];

export function findArrivalTransition(from: ArrivalStatus, to: ArrivalStatus) {
  return arrivalTransitions.find((t) => t.from === from && t.to === to);
}

const statusLabels: Record<ParcelStatus | ArrivalStatus, string> = {
  announced: "announced",
  ready: "ready",
  picked_up: "picked up",
  at_store: "at the store",
  out_for_delivery: "out for delivery",
  attempted: "attempted",
  delivered: "delivered",
  returned: "returned",
  cancelled: "cancelled",
  scheduled: "scheduled",
  en_route: "en route",
  arrived: "arrived",
  completed: "completed",
  missed: "missed",
};

/** A status as people read it ("picked up", "at the store"). */
export function statusLabel(status: ParcelStatus | ArrivalStatus): string {
  return statusLabels[status];
}
