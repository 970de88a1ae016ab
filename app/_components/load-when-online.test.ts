import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadWhenOnline } from "./load-when-online";

/** A browser whose signal the test switches. */
function browser() {
  const events = new EventTarget();
  const state = { onLine: true };
  vi.stubGlobal("window", {
    navigator: state,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    setTimeout,
    clearTimeout,
  });
  return {
    goOffline: () => {
      state.onLine = false;
    },
    goOnline: () => {
      state.onLine = true;
      events.dispatchEvent(new Event("online"));
    },
  };
}

/** An import that fails while `reachable()` is false. */
function chunk(reachable: () => boolean) {
  return vi.fn(async () => {
    if (!reachable()) throw new TypeError("Failed to load chunk");
    return { MorningDrop: "the drop" };
  });
}

describe("code loaded when the network allows", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("waits as long as there is no signal, and loads as soon as it returns", async () => {
    const phone = browser();
    let reachable = false;
    const load = chunk(() => reachable);
    phone.goOffline();
    const loaded = loadWhenOnline(load);
    let settled = false;
    void loaded.finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(settled).toBe(false);
    reachable = true;
    phone.goOnline();
    await expect(loaded).resolves.toEqual({ MorningDrop: "the drop" });
  });

  it("tries again on its own while the browser thinks it is online", async () => {
    browser();
    let calls = 0;
    const load = chunk(() => ++calls > 3);
    const loaded = loadWhenOnline(load);
    await vi.advanceTimersByTimeAsync(30_000);
    await expect(loaded).resolves.toEqual({ MorningDrop: "the drop" });
    expect(load).toHaveBeenCalledTimes(4);
  });

  it("gives up after a minute of failures online, so the error screen can offer a retry", async () => {
    browser();
    const load = chunk(() => false);
    const loaded = loadWhenOnline(load);
    const outcome = loaded.then(
      () => "loaded",
      (error: unknown) => (error instanceof Error ? error.message : "failed"),
    );
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await outcome).toBe("Failed to load chunk");
    expect(load).toHaveBeenCalledTimes(6);
  });

  it("loads at once when nothing is wrong", async () => {
    browser();
    const load = chunk(() => true);
    await expect(loadWhenOnline(load)).resolves.toEqual({ MorningDrop: "the drop" });
    expect(load).toHaveBeenCalledTimes(1);
  });
});
