import type { DatabaseHandle } from "@/db/client";
import { logger } from "@/server/log";

/**
 * What a per-instance cache hears from the database: it listens on a channel on which triggers
 * announce committed changes, and `drop` forgets what a notice names (its payload) or, with no
 * payload, everything: at each (re)connection notices may have been missed. The cache trusts
 * what it keeps only while `listening`; when it cannot listen it tries again after `retryMs`,
 * not on every read while the database is away.
 */
export class CacheNotices {
  listening = false;
  private starting: Promise<void> | undefined;

  constructor(
    private readonly handle: DatabaseHandle,
    private readonly channel: string,
    private readonly drop: (payload?: string) => void,
    private readonly retryMs: number,
    /** Named in the warning when listening fails: what is read afresh meanwhile. */
    private readonly what: string,
  ) {}

  /** Starts listening once; resolves once it listens (or has failed for now). */
  start(): Promise<void> {
    this.starting ??= this.handle
      .listen(
        this.channel,
        (payload) => this.drop(payload),
        () => {
          this.drop();
          this.listening = true;
        },
      )
      .then(() => {
        this.listening = true;
      })
      .catch((error: unknown) => {
        logger.warn({ err: error }, `cannot listen on ${this.channel}; ${this.what} read afresh each time`);
        setTimeout(() => {
          this.starting = undefined;
        }, this.retryMs).unref();
      });
    return this.starting;
  }
}

/** One `T` per database handle: the process's cache for that database. */
export function perDatabase<T extends object>(make: (handle: DatabaseHandle) => T): (handle: DatabaseHandle) => T {
  const made = new WeakMap<DatabaseHandle, T>();
  return (handle) => {
    let value = made.get(handle);
    if (!value) {
      value = make(handle);
      made.set(handle, value);
    }
    return value;
  };
}
