import { describe, expect, it } from "vitest";
import {
  type ArrivalStatus,
  arrivalStatuses,
  type ParcelStatus,
  type Program,
  parcelStatuses,
  programs,
  type Role,
  roles,
} from "@/db/schema";
import {
  arrivalTransitions,
  finalParcelStatuses,
  findArrivalTransition,
  findParcelTransition,
  parcelTransitions,
  statusLabel,
} from "@/lib/lifecycle";
import { type Actor, type Mover, moverOf, systemActor } from "../actor";

// The statuses each flow goes through, as the spec's "Parcel lifecycle" names them.
const mallStatuses: ParcelStatus[] = ["announced", "ready", "picked_up", "delivered", "cancelled"];
const localStatuses: ParcelStatus[] = [
  "announced",
  "at_store",
  "out_for_delivery",
  "attempted",
  "delivered",
  "returned",
  "cancelled",
];
const flowStatuses: Record<Program, ParcelStatus[]> = { mall_pickup: mallStatuses, local_delivery: localStatuses };

function userActor(role: Role): Actor {
  return {
    kind: "user",
    userId: `user-${role}`,
    name: role,
    email: `${role}@example.test`,
    role,
    partnerIds: [],
    regionIds: [],
  };
}

const carrier: Actor = { kind: "carrier", carrierId: "carrier-1", label: "Carrier" };

function reachable<S extends string>(start: S, edges: readonly { from: S; to: S }[]): Set<S> {
  const seen = new Set<S>([start]);
  const queue = [start];
  for (let status = queue.shift(); status !== undefined; status = queue.shift()) {
    for (const edge of edges) {
      if (edge.from === status && !seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return seen;
}

function mayMove(actor: Actor, flow: Program, from: ParcelStatus, to: ParcelStatus): boolean {
  return findParcelTransition(flow, from, to)?.by.includes(moverOf(actor)) ?? false;
}

const storeStaff = userActor("store_staff");
const storeOwner = userActor("store_owner");
const manager = userActor("regional_manager");
const admin = userActor("admin");

describe("moverOf", () => {
  it("maps each kind of actor to the mover the tables name", () => {
    expect(moverOf(storeStaff)).toBe("store");
    expect(moverOf(storeOwner)).toBe("store");
    expect(moverOf(manager)).toBe("manager");
    expect(moverOf(admin)).toBe("admin");
    expect(moverOf(carrier)).toBe("carrier");
    expect(moverOf(systemActor)).toBe("system");
  });

  it("covers every role", () => {
    const expected: Record<Role, Mover> = {
      store_staff: "store",
      store_owner: "store",
      regional_manager: "manager",
      admin: "admin",
    };
    for (const role of roles) expect(moverOf(userActor(role)), role).toBe(expected[role]);
  });
});

describe("parcel transitions", () => {
  it("uses only known flows, statuses and movers", () => {
    const movers: Mover[] = ["store", "manager", "admin", "carrier", "system"];
    for (const t of parcelTransitions) {
      expect(programs).toContain(t.flow);
      expect(parcelStatuses).toContain(t.from);
      expect(parcelStatuses).toContain(t.to);
      expect(t.by.length, `${t.flow} ${t.from}→${t.to}`).toBeGreaterThan(0);
      for (const mover of t.by) expect(movers).toContain(mover);
    }
  });

  it("has no duplicate (flow, from, to) rows", () => {
    const keys = parcelTransitions.map((t) => `${t.flow}:${t.from}:${t.to}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(programs)("reaches every status of the %s flow from announced, and nothing else", (flow) => {
    const edges = parcelTransitions.filter((t) => t.flow === flow);
    expect([...reachable<ParcelStatus>("announced", edges)].sort()).toEqual([...flowStatuses[flow]].sort());
  });

  it("keeps each flow to its own statuses", () => {
    const mallOnly = mallStatuses.filter((s) => !localStatuses.includes(s));
    const localOnly = localStatuses.filter((s) => !mallStatuses.includes(s));
    expect(mallOnly.sort()).toEqual(["picked_up", "ready"]);
    expect(localOnly.sort()).toEqual(["at_store", "attempted", "out_for_delivery", "returned"]);
    for (const t of parcelTransitions) {
      const foreign = t.flow === "mall_pickup" ? localOnly : mallOnly;
      expect(foreign, `${t.flow} ${t.from}→${t.to}`).not.toContain(t.from);
      expect(foreign, `${t.flow} ${t.from}→${t.to}`).not.toContain(t.to);
    }
  });

  it("lets nothing leave a final status", () => {
    expect([...finalParcelStatuses].sort()).toEqual(["cancelled", "delivered", "returned"]);
    for (const flow of programs) {
      for (const final of finalParcelStatuses) {
        for (const to of parcelStatuses) {
          expect(findParcelTransition(flow, final, to), `${flow} ${final}→${to}`).toBeUndefined();
        }
      }
    }
  });

  it("leaves every non-final status of a flow a way forward", () => {
    for (const flow of programs) {
      for (const from of flowStatuses[flow].filter((s) => !finalParcelStatuses.includes(s))) {
        const out = parcelTransitions.filter((t) => t.flow === flow && t.from === from && t.to !== from);
        expect(out.length, `${flow} ${from}`).toBeGreaterThan(0);
      }
    }
  });

  it("allows attempted → attempted (a further failed attempt) and no other self-transition", () => {
    const selfLoops = parcelTransitions.filter((t) => t.from === t.to);
    expect(selfLoops.map((t) => `${t.flow}:${t.from}`)).toEqual(["local_delivery:attempted"]);
    expect(mayMove(storeStaff, "local_delivery", "attempted", "attempted")).toBe(true);
  });

  it("follows the mall pickup flow with the right hands", () => {
    expect(mayMove(storeStaff, "mall_pickup", "announced", "ready")).toBe(true);
    expect(mayMove(carrier, "mall_pickup", "announced", "ready")).toBe(false);
    expect(mayMove(storeStaff, "mall_pickup", "ready", "picked_up")).toBe(true);
    expect(mayMove(carrier, "mall_pickup", "ready", "picked_up")).toBe(true);
    expect(mayMove(carrier, "mall_pickup", "picked_up", "delivered")).toBe(true);
    // Nothing skips a step: a parcel is not picked up before it is ready.
    expect(findParcelTransition("mall_pickup", "announced", "picked_up")).toBeUndefined();
    expect(findParcelTransition("mall_pickup", "announced", "delivered")).toBeUndefined();
  });

  it("lets the store, and only the store, undo ready back to announced, and not after pickup", () => {
    expect(mayMove(storeStaff, "mall_pickup", "ready", "announced")).toBe(true);
    expect(mayMove(storeOwner, "mall_pickup", "ready", "announced")).toBe(true);
    expect(mayMove(carrier, "mall_pickup", "ready", "announced")).toBe(false);
    expect(mayMove(manager, "mall_pickup", "ready", "announced")).toBe(false);
    expect(findParcelTransition("mall_pickup", "picked_up", "announced")).toBeUndefined();
    expect(findParcelTransition("mall_pickup", "picked_up", "ready")).toBeUndefined();
  });

  it("lets only the store's handoff undo take a picked-up parcel back to ready", () => {
    const undo = findParcelTransition("mall_pickup", "picked_up", "ready", "handoff_undo");
    expect(undo?.by).toEqual(["store"]);
    expect(findParcelTransition("mall_pickup", "picked_up", "announced", "handoff_undo")).toBeUndefined();
    expect(findParcelTransition("mall_pickup", "delivered", "picked_up", "handoff_undo")).toBeUndefined();
  });

  it("does not let a store mark a mall parcel delivered (the carrier reports it)", () => {
    for (const from of parcelStatuses) {
      expect(mayMove(storeStaff, "mall_pickup", from, "delivered"), from).toBe(false);
      expect(mayMove(storeOwner, "mall_pickup", from, "delivered"), from).toBe(false);
    }
  });

  it("lets the store deliver a local parcel, with or without going out first, or after an attempt", () => {
    for (const from of ["at_store", "out_for_delivery", "attempted"] as const) {
      expect(mayMove(storeStaff, "local_delivery", from, "delivered"), from).toBe(true);
    }
    expect(mayMove(storeStaff, "local_delivery", "announced", "delivered")).toBe(false);
    expect(mayMove(storeStaff, "local_delivery", "attempted", "out_for_delivery")).toBe(true);
    expect(mayMove(storeStaff, "local_delivery", "out_for_delivery", "attempted")).toBe(true);
  });

  it("lets the store scan a parcel in, or the carrier report the drop-off", () => {
    expect(mayMove(storeStaff, "local_delivery", "announced", "at_store")).toBe(true);
    expect(mayMove(carrier, "local_delivery", "announced", "at_store")).toBe(true);
    expect(mayMove(manager, "local_delivery", "announced", "at_store")).toBe(false);
  });

  it("returns only a parcel that is back at the store", () => {
    expect(mayMove(storeStaff, "local_delivery", "at_store", "returned")).toBe(true);
    expect(mayMove(carrier, "local_delivery", "attempted", "returned")).toBe(true);
    expect(findParcelTransition("local_delivery", "out_for_delivery", "returned")).toBeUndefined();
    expect(findParcelTransition("local_delivery", "announced", "returned")).toBeUndefined();
  });

  it("lets only the carrier cancel, and only before handoff", () => {
    const cancels = parcelTransitions.filter((t) => t.to === "cancelled");
    expect(cancels.length).toBeGreaterThan(0);
    for (const t of cancels) expect(t.by, `${t.flow} ${t.from}→cancelled`).toEqual(["carrier"]);
    for (const flow of programs) {
      expect(mayMove(carrier, flow, "announced", "cancelled"), flow).toBe(true);
      for (const actor of [storeStaff, storeOwner, manager, admin, systemActor]) {
        expect(mayMove(actor, flow, "announced", "cancelled"), `${flow} ${moverOf(actor)}`).toBe(false);
      }
    }
    expect(mayMove(carrier, "mall_pickup", "ready", "cancelled")).toBe(true);
    // Handed to a driver, or out with the store's driver: too late to cancel.
    expect(findParcelTransition("mall_pickup", "picked_up", "cancelled")).toBeUndefined();
    expect(findParcelTransition("local_delivery", "out_for_delivery", "cancelled")).toBeUndefined();
  });

  it("gives managers and admins no hand in moving parcels", () => {
    for (const t of parcelTransitions) {
      expect(t.by, `${t.flow} ${t.from}→${t.to}`).not.toContain("manager");
      expect(t.by, `${t.flow} ${t.from}→${t.to}`).not.toContain("admin");
    }
  });
});

describe("arrival transitions", () => {
  const finals: ArrivalStatus[] = ["completed", "missed", "cancelled"];

  it("uses only known statuses and has no duplicate or self rows", () => {
    const keys = arrivalTransitions.map((t) => `${t.from}:${t.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of arrivalTransitions) {
      expect(arrivalStatuses).toContain(t.from);
      expect(arrivalStatuses).toContain(t.to);
      expect(t.from).not.toBe(t.to);
    }
  });

  it("reaches every arrival status from scheduled", () => {
    expect([...reachable<ArrivalStatus>("scheduled", arrivalTransitions)].sort()).toEqual([...arrivalStatuses].sort());
  });

  it("lets nothing leave completed, missed or cancelled", () => {
    for (const final of finals) {
      for (const to of arrivalStatuses) expect(findArrivalTransition(final, to), `${final}→${to}`).toBeUndefined();
    }
  });

  it("marks an arrival missed only by the system, and only before it arrived", () => {
    const missed = arrivalTransitions.filter((t) => t.to === "missed");
    expect(missed.map((t) => t.from).sort()).toEqual(["en_route", "scheduled"]);
    for (const t of missed) expect(t.by).toEqual(["system"]);
    expect(findArrivalTransition("arrived", "missed")).toBeUndefined();
  });

  it("lets only the carrier cancel an arrival", () => {
    for (const t of arrivalTransitions.filter((t) => t.to === "cancelled")) expect(t.by).toEqual(["carrier"]);
  });

  it("lets the store or the carrier record the arrival and its completion", () => {
    for (const [from, to] of [
      ["scheduled", "arrived"],
      ["en_route", "arrived"],
      ["arrived", "completed"],
    ] as const) {
      expect(findArrivalTransition(from, to)?.by, `${from}→${to}`).toEqual(
        expect.arrayContaining(["store", "carrier"]),
      );
    }
    expect(findArrivalTransition("scheduled", "completed")).toBeUndefined();
    expect(findArrivalTransition("scheduled", "en_route")?.by).toEqual(["carrier"]);
  });
});

describe("statusLabel", () => {
  it("names every status in words", () => {
    for (const status of [...parcelStatuses, ...arrivalStatuses]) {
      expect(statusLabel(status), status).toMatch(/^[a-z ]+$/);
    }
    expect(statusLabel("picked_up")).toBe("picked up");
    expect(statusLabel("at_store")).toBe("at the store");
    expect(statusLabel("en_route")).toBe("en route");
  });
});
