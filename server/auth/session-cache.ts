import type { DatabaseHandle } from "@/db/client";
import { accessChannel, loadSessionUntil, type SessionState } from "@/server/domain/auth/sessions";
import { logger } from "@/server/log";

/** Longest a cached session is trusted without a notice: the backstop if one is ever lost. */
export const sessionCacheTtlMs = 5_000;
const maxEntries = 10_000;

type Entry = { userId: string; state: SessionState; expiresAtMs: number; cachedAtMs: number };

/**
 * Sessions (with the person and their memberships) this process read recently, by session id.
 * The database announces on `handoff_access` every committed change to a person, their
 * memberships or their sessions (migration 0011), to every instance listening; the notice drops
 * that person's entries here. So sign-out, disabling and a removed membership take effect on
 * every instance as soon as the notice arrives (milliseconds), and after `sessionCacheTtlMs` at
 * the latest. Until this process listens, and after a reconnect, nothing cached is trusted.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every notice: what a read that began before one found is not kept. */
  private generation = 0;
  private listening = false;
  private starting: Promise<void> | undefined;

  constructor(
    private readonly handle: DatabaseHandle,
    private readonly ttlMs = sessionCacheTtlMs,
  ) {}

  async load(options: { userId: string; sessionId: string }): Promise<SessionState | null> {
    this.start();
    const now = Date.now();
    const hit = this.entries.get(options.sessionId);
    if (
      hit &&
      this.listening &&
      hit.userId === options.userId &&
      now - hit.cachedAtMs < this.ttlMs &&
      now < hit.expiresAtMs
    ) {
      return hit.state;
    }
    const generation = this.generation;
    const loaded = await loadSessionUntil({ db: this.handle.db, ...options });
    if (!loaded) {
      this.entries.delete(options.sessionId);
      return null;
    }
    if (this.listening && generation === this.generation) {
      if (this.entries.size >= maxEntries) this.entries.delete(this.entries.keys().next().value!);
      const { actor } = loaded.state;
      // Shared by concurrent requests: nobody may change it.
      Object.freeze(actor.partnerIds);
      Object.freeze(actor.regionIds);
      Object.freeze(actor);
      this.entries.set(options.sessionId, {
        userId: options.userId,
        state: Object.freeze(loaded.state),
        expiresAtMs: loaded.expiresAt.getTime(),
        cachedAtMs: now,
      });
    }
    return loaded.state;
  }

  /** Resolves once this process listens for access changes (from then on it caches). */
  async ready(): Promise<void> {
    this.start();
    await this.starting;
  }

  /** Drops what is cached about one person (a notice) or everyone. */
  forget(userId?: string) {
    this.generation++;
    if (userId === undefined) this.entries.clear();
    else for (const [id, entry] of this.entries) if (entry.userId === userId) this.entries.delete(id);
  }

  private start() {
    this.starting ??= this.handle
      .listen(
        accessChannel,
        (userId) => this.forget(userId),
        () => {
          // (Re)connected: notices may have been missed meanwhile.
          this.forget();
          this.listening = true;
        },
      )
      .then(() => {
        this.listening = true;
      })
      .catch((error: unknown) => {
        logger.warn({ err: error }, "session cache: cannot listen for access changes; reading sessions fresh");
        // Try again a little later, not on every request while the database is away.
        setTimeout(() => {
          this.starting = undefined;
        }, this.ttlMs).unref();
      });
  }
}

const caches = new WeakMap<DatabaseHandle, SessionCache>();

/** The process's cache for a database. */
export function sessionCache(handle: DatabaseHandle): SessionCache {
  let cache = caches.get(handle);
  if (!cache) {
    cache = new SessionCache(handle);
    caches.set(handle, cache);
  }
  return cache;
}
