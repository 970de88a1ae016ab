import "server-only";
import { createHash } from "node:crypto";
import type { DatabaseHandle, DbOrTx } from "@/db/client";
import { logger } from "@/server/log";
import type { Actor } from "../actor";
import type { Period } from "./period";
import type { PartnerTotals } from "./raw";

/**
 * The dashboard's summed rollups, and what the performance page derives from them (the
 * dashboard's rows, the region's days, the sparklines), kept between requests: the same partners
 * over the same days give the same sums until a rollup is rewritten. Every rewrite clears this process's copy and
 * sends a notice on `statsChannel`, on which every instance clears its own; while an instance
 * does not listen (not yet, or the connection dropped) it keeps nothing. A minute's age is a
 * backstop for a notice lost in flight.
 */
export const statsChannel = "handoff_stats";
const MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 200;

type Entry = { value: Promise<unknown>; cachedAtMs: number };

const listening = new WeakSet<object>();
const starting = new WeakMap<object, Promise<unknown>>();
let kept = new WeakMap<object, Map<string, Entry>>();

/** Forgets every cached sum (a rollup changed here, or a notice said so). */
export function forgetStatsTotals() {
  kept = new WeakMap();
}

/** Listens for rollup changes made by any instance on this database; from then on sums are kept. */
export function listenForStatsChanges(handle: DatabaseHandle): Promise<unknown> {
  let started = starting.get(handle.db);
  if (!started) {
    started = handle
      .listen(statsChannel, forgetStatsTotals, () => {
        // (Re)connected: notices may have been missed meanwhile.
        forgetStatsTotals();
        listening.add(handle.db);
      })
      .then(() => listening.add(handle.db))
      .catch((error: unknown) => {
        listening.delete(handle.db);
        logger.warn({ err: error }, "performance: cannot listen for rollup changes; summing afresh each time");
        setTimeout(() => starting.delete(handle.db), MAX_AGE_MS).unref();
      });
    starting.set(handle.db, started);
  }
  return started;
}

/** The sums for these partners and periods: kept ones while this database is listened to, else `compute()`. */
export function cachedTotals(
  db: DbOrTx,
  key: { actor: Actor; periods: readonly Period[]; partnerIds: readonly string[] },
  compute: () => Promise<PartnerTotals[][]>,
): Promise<PartnerTotals[][]> {
  return keptFromRollups(
    db,
    { actor: key.actor, kind: "totals", parts: [key.periods, [...key.partnerIds].sort().join(",")] },
    compute,
  );
}

/**
 * Something computed from the rollups of partners the actor sees, kept as the sums are (until a
 * rollup changes, at most a minute, only while this database is listened to). `kind` names what
 * it is; `parts` must name everything else it depends on besides the rollups: the periods, and
 * the partners (their ids, or a fingerprint of what is read of them). The actor's scope is always
 * part of the key, so nothing is given to someone who may see less than whoever computed it.
 * What is kept is shared between requests: callers must not change it.
 */
export function keptFromRollups<T>(
  db: DbOrTx,
  key: { actor: Actor; kind: string; parts: readonly unknown[] },
  compute: () => Promise<T>,
): Promise<T> {
  if (!listening.has(db)) return compute();
  // The actor's scope is part of the key: sums are only ever given to whoever may see them.
  const id = createHash("sha256")
    .update(key.kind)
    .update("\0")
    .update(scopeOf(key.actor))
    .update("\0")
    .update(JSON.stringify(key.parts))
    .digest("base64url");
  const now = Date.now();
  let mine = kept.get(db);
  if (!mine) {
    mine = new Map();
    kept.set(db, mine);
  }
  const entry = mine.get(id);
  if (entry && now - entry.cachedAtMs < MAX_AGE_MS) return entry.value as Promise<T>;
  const value = compute();
  // A failed read is not kept; nor is one that a change overtook (the map was replaced meanwhile).
  value.catch(() => {
    if (mine.get(id)?.value === value) mine.delete(id);
  });
  if (mine.size >= MAX_ENTRIES) mine.delete(mine.keys().next().value!);
  mine.set(id, { value, cachedAtMs: now });
  return value;
}

/** What bounds the partners an actor sees (scope.ts `partnerScope`), as text; a store owner sees no roll-ups. */
function scopeOf(actor: Actor): string {
  if (actor.kind === "system") return "all";
  if (actor.kind === "carrier") return `carrier:${actor.carrierId}`;
  if (actor.role === "admin") return "all";
  if (actor.role === "regional_manager") return `regions:${[...actor.regionIds].sort().join(",")}`;
  return `partners:${[...actor.partnerIds].sort().join(",")}`;
}
