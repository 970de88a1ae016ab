import "server-only";
import type { DatabaseHandle } from "@/db/client";
import { CacheNotices, perDatabase } from "@/server/cache-notices";
import {
  type AuthenticatedCarrier,
  checkKeyAndCount,
  invalidKey,
  keyHashOf,
  minuteOf,
  rateLimited,
} from "./carrier-auth";

/** Longest a key is trusted without a notice: the backstop if one is ever lost (as sessions). */
export const carrierKeyCacheTtlMs = 5_000;
/** The channel on which the database announces a key revoked, moved or deleted (migration 0016). */
export const keysChannel = "handoff_keys";
/** Most requests one round trip counts ahead. */
const maxLease = 20;
/**
 * A lease takes at most this share of what is left in the window, so instances sharing a key near
 * its limit leave each other room, and the last requests of a window are counted one by one.
 */
const leaseShare = 8;
const maxEntries = 10_000;

type Entry = {
  carrier: AuthenticatedCarrier;
  /** When the key was last read valid (this process's clock). */
  checkedAtMs: number;
  windowStartMs: number;
  /** Requests counted in the database for this window by this process, and those it answered. */
  counted: number;
  used: number;
  /** The window's count in the database at the last read, by every instance. */
  windowCount: number;
};

/**
 * Carrier API keys this process read recently, with the requests it counted ahead in each key's
 * rate window. A request on a known key is answered without a round trip while this process
 * still holds counts for the current minute; otherwise one statement (`checkKeyAndCount`)
 * checks the key and counts a lease of up to `maxLease` requests at once.
 *
 * - **Revocation.** The database announces on `handoff_keys` every committed change to a key
 *   or its carrier; the notice drops every key here, on every instance listening (milliseconds),
 *   and after `carrierKeyCacheTtlMs` at the latest. Until this process listens, and after a
 *   reconnect, nothing is kept: each request is checked and counted alone.
 * - **The limit** holds across instances: a lease is granted only from what the window has left,
 *   so the requests answered never exceed it. Counts leased but unused when a window ends are
 *   lost, so near the limit a key may be refused a few requests early (at most a lease per
 *   instance, and leases shrink as the window fills).
 */
export class CarrierKeyCache {
  private readonly entries = new Map<string, Entry>();
  /** The read under way for a key, by its hash. */
  private readonly reading = new Map<string, Promise<unknown>>();
  /** Bumped by every notice: what a read that began before one found is not kept. */
  private generation = 0;
  private readonly notices: CacheNotices;

  constructor(
    private readonly handle: DatabaseHandle,
    private readonly ttlMs = carrierKeyCacheTtlMs,
  ) {
    this.notices = new CacheNotices(handle, keysChannel, () => this.forget(), ttlMs, "carrier keys");
  }

  private get listening() {
    return this.notices.listening;
  }

  /** The carrier behind the request's key, counted against the key's limit; 401 or 429 otherwise. */
  async authenticate(request: Request, limitPerMinute: number, now = new Date()): Promise<AuthenticatedCarrier> {
    void this.notices.start();
    const keyHash = keyHashOf(request);
    const windowStart = minuteOf(now);
    for (;;) {
      const known = this.listening ? this.entries.get(keyHash) : undefined;
      const sameWindow = known?.windowStartMs === windowStart.getTime() ? known : undefined;
      if (sameWindow && Date.now() - sameWindow.checkedAtMs < this.ttlMs && sameWindow.used < sameWindow.counted) {
        sameWindow.used++;
        return sameWindow.carrier;
      }
      // A burst on one key waits for the read already under way rather than each leasing its own.
      const pending = this.listening ? this.reading.get(keyHash) : undefined;
      if (!pending) break;
      await pending.catch(() => undefined);
    }
    if (!this.listening) return this.checkAndLease(keyHash, windowStart, limitPerMinute, now);
    const read: Promise<AuthenticatedCarrier> = this.checkAndLease(keyHash, windowStart, limitPerMinute, now).finally(
      () => {
        if (this.reading.get(keyHash) === read) this.reading.delete(keyHash);
      },
    );
    this.reading.set(keyHash, read);
    return read;
  }

  private async checkAndLease(
    keyHash: string,
    windowStart: Date,
    limitPerMinute: number,
    now: Date,
  ): Promise<AuthenticatedCarrier> {
    const readAtMs = Date.now();
    const known = this.listening ? this.entries.get(keyHash) : undefined;
    const sameWindow = known?.windowStartMs === windowStart.getTime() ? known : undefined;
    // Counts still held only need the key checked again; otherwise count ahead while listening.
    const holding = sameWindow !== undefined && sameWindow.used < sameWindow.counted;
    const lease = holding
      ? 0
      : this.listening
        ? Math.max(1, Math.min(maxLease, Math.floor((limitPerMinute - (sameWindow?.windowCount ?? 0)) / leaseShare)))
        : 1;
    const generation = this.generation;
    const read = await checkKeyAndCount(this.handle.db, keyHash, windowStart, lease);
    if (!read) {
      this.entries.delete(keyHash);
      throw invalidKey();
    }
    // What the window had before this lease, then how much of the lease fits under the limit.
    const granted = Math.min(lease, Math.max(0, limitPerMinute - (read.count - lease)));
    if (lease > 0 && granted === 0) throw rateLimited(limitPerMinute, windowStart, now);
    if (!this.listening || generation !== this.generation) return read.carrier;

    const current = this.entries.get(keyHash);
    if (current?.windowStartMs === windowStart.getTime() && current.carrier.keyId === read.carrier.keyId) {
      current.carrier = read.carrier;
      current.checkedAtMs = readAtMs;
      current.counted += granted;
      current.used++;
      current.windowCount = Math.max(current.windowCount, read.count);
    } else {
      if (!current && this.entries.size >= maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(keyHash, {
        carrier: read.carrier,
        checkedAtMs: readAtMs,
        windowStartMs: windowStart.getTime(),
        counted: granted,
        used: 1,
        windowCount: read.count,
      });
    }
    return read.carrier;
  }

  /** Resolves once this process listens for key changes (from then on it keeps keys). */
  async ready(): Promise<void> {
    await this.notices.start();
  }

  /** Drops every key: one was revoked, moved or deleted, or notices may have been missed. */
  forget() {
    this.generation++;
    this.entries.clear();
  }
}

/** The process's cache for a database. */
export const carrierKeyCache = perDatabase((handle) => new CarrierKeyCache(handle));
