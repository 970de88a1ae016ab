import "server-only";
import { EventEmitter, on } from "node:events";
import { type DatabaseHandle, getDatabase } from "@/db/client";
import { type ChangeNotice, changeChannel } from "@/server/domain/events";

/**
 * One LISTEN per process on the change channel, fanned out to every live screen this
 * instance serves. PostgreSQL delivers each committed change to every instance listening,
 * so screens stay live whichever instance made the change.
 */
export const listening = "listening" as const;

class ChangeFeed {
  private readonly emitter = new EventEmitter();
  private listening: Promise<void> | undefined;

  constructor(private readonly handle: DatabaseHandle) {
    this.emitter.setMaxListeners(0);
  }

  private start() {
    this.listening ??= this.handle
      .listen(changeChannel, (payload) => {
        try {
          this.emitter.emit("change", JSON.parse(payload) as ChangeNotice);
        } catch {
          // A malformed notice is not ours; ignore it.
        }
      })
      .then(() => undefined)
      .catch((error) => {
        this.listening = undefined;
        throw error;
      });
    return this.listening;
  }

  /** Yields the notices about the given partners until `signal` aborts. */
  async *changes(partnerIds: ReadonlySet<string>, signal?: AbortSignal): AsyncGenerator<ChangeNotice> {
    for await (const notice of this.live(partnerIds, signal)) if (notice !== listening) yield notice;
  }

  /**
   * As `changes`, but first yields `listening` once nothing more can be missed: a screen that
   * loaded its data before that refetches, so a change made while it connected still shows.
   */
  async *live(partnerIds: ReadonlySet<string>, signal?: AbortSignal): AsyncGenerator<ChangeNotice | typeof listening> {
    await this.start();
    // `on` listens from this call on, before the first value is asked for.
    const notices = on(this.emitter, "change", { signal }) as AsyncIterable<[ChangeNotice]>;
    yield listening;
    for await (const [notice] of notices) {
      if (partnerIds.has(notice.partnerId)) yield notice;
    }
  }
}

const feeds = new WeakMap<DatabaseHandle, ChangeFeed>();

export function changeFeed(handle: DatabaseHandle): ChangeFeed {
  let feed = feeds.get(handle);
  if (!feed) {
    feed = new ChangeFeed(handle);
    feeds.set(handle, feed);
  }
  return feed;
}

/** The feed of this process's database (the one route handlers and procedures use). */
export async function processChangeFeed(): Promise<ChangeFeed> {
  return changeFeed(await getDatabase());
}
