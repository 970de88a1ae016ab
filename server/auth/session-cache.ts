import type { DatabaseHandle } from "@/db/client";
import { CacheNotices, perDatabase } from "@/server/cache-notices";
import { accessChannel, loadSessionUntil, type SessionState } from "@/server/domain/auth/sessions";

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
  private readonly notices: CacheNotices;

  constructor(
    private readonly handle: DatabaseHandle,
    private readonly ttlMs = sessionCacheTtlMs,
  ) {
    this.notices = new CacheNotices(handle, accessChannel, (userId) => this.forget(userId), ttlMs, "sessions");
  }

  async load(options: { userId: string; sessionId: string }): Promise<SessionState | null> {
    void this.notices.start();
    const now = Date.now();
    const hit = this.entries.get(options.sessionId);
    if (
      hit &&
      this.notices.listening &&
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
    if (this.notices.listening && generation === this.generation) {
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
    await this.notices.start();
  }

  /** Drops what is cached about one person (a notice) or everyone. */
  forget(userId?: string) {
    this.generation++;
    if (userId === undefined) this.entries.clear();
    else for (const [id, entry] of this.entries) if (entry.userId === userId) this.entries.delete(id);
  }
}

/** The process's cache for a database. */
export const sessionCache = perDatabase((handle) => new SessionCache(handle));
