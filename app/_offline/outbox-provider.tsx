"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { whenIdle } from "@/app/_components/ui/when-idle";
import { useTRPCClient } from "@/app/_trpc/client";
import { deleteEntry, listEntries, type OutboxAction, type OutboxEntry, putEntry } from "./outbox";
import type { SendOutcome } from "./send";

/**
 * Sending is fetched when the page is idle or at the first send, not with every page. Code that
 * cannot be fetched is a network that is not there: the action waits on the phone like any other.
 */
const loadSend = () => import("./send");
const sendEntry: typeof import("./send").sendEntry = async (...args) => {
  const send = await loadSend().catch(() => null);
  return send ? send.sendEntry(...args) : { kind: "unreachable" };
};

/** `queued`: kept on the device until the network is back. */
export type RecordOutcome = Exclude<SendOutcome, { kind: "unreachable" }> | { kind: "queued" };

type Outbox = {
  /** This person's actions not yet accepted by the server, oldest first. */
  entries: OutboxEntry[];
  online: boolean;
  /** What the last sync sent, for the person to see it went through. */
  lastSync: string | null;
  /** Keeps the action on the device first, then sends it at once when the network allows. */
  record: (action: OutboxAction) => Promise<RecordOutcome>;
  /** Sends what waits; resolves to how many actions still wait (none when all went through). */
  flush: () => Promise<number>;
  dismiss: (id: string) => Promise<void>;
};

const OutboxContext = createContext<Outbox | null>(null);

const retryEveryMs = 20_000;

/**
 * The same list when nothing changed. A new context value while the page hydrates makes React
 * render a section still waiting in the server's HTML again in the browser, so a first look at an
 * empty outbox must not change it.
 */
function unlessUnchanged(next: OutboxEntry[]) {
  return (current: OutboxEntry[]) =>
    current.length === next.length &&
    current.every((e, i) => {
      const other = next[i];
      return other !== undefined && e.id === other.id && e.state === other.state && e.problem === other.problem;
    })
      ? current
      : next;
}

/** One sender at a time across this person's open tabs, so nothing is uploaded twice. */
function exclusively<T>(task: () => Promise<T>): Promise<T> {
  if (typeof navigator !== "undefined" && navigator.locks) {
    return navigator.locks.request("handoff-outbox", task) as Promise<T>;
  }
  return task();
}

export function OutboxProvider({ userId, children }: { userId: string; children: React.ReactNode }) {
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [online, setOnline] = useState(true);
  const t = useTranslations("offline");
  const words = useMemo(() => ({ uploadFailed: t("uploadFailed"), refused: t("refused") }), [t]);
  const [lastSync, setLastSync] = useState<string | null>(null);
  const flushing = useRef<Promise<number> | null>(null);
  // Entries record() is sending itself: a sync started meanwhile (the page coming alive, the
  // network returning) leaves them to it, so the person's answer is not "already done".
  const recording = useRef(new Set<string>());

  const reload = useCallback(async () => setEntries(unlessUnchanged(await listEntries(userId))), [userId]);

  const flush = useCallback(() => {
    flushing.current ??= exclusively(async () => {
      let sent = 0;
      for (const entry of await listEntries(userId)) {
        if (entry.state !== "pending" || recording.current.has(entry.id)) continue;
        const outcome = await sendEntry(client, entry, words);
        if (outcome.kind === "unreachable") break;
        if (outcome.kind === "sent") {
          await deleteEntry(entry.id);
          sent += 1;
        } else {
          await putEntry({ ...entry, state: "attention", problem: outcome.message });
        }
      }
      if (sent) {
        setLastSync(t("synced", { count: sent }));
        await queryClient.invalidateQueries();
      }
      const left = await listEntries(userId);
      setEntries(unlessUnchanged(left));
      return left.filter((e) => e.state === "pending").length;
    }).finally(() => {
      flushing.current = null;
    });
    return flushing.current;
  }, [client, queryClient, userId, t, words]);

  const record = useCallback(
    async (action: OutboxAction): Promise<RecordOutcome> => {
      const entry: OutboxEntry = {
        id: crypto.randomUUID(),
        userId,
        createdAt: new Date().toISOString(),
        action,
        state: "pending",
      };
      recording.current.add(entry.id);
      try {
        await putEntry(entry);
        if (!navigator.onLine) {
          await reload();
          return { kind: "queued" };
        }
        const outcome = await exclusively(() => sendEntry(client, entry, words));
        // Sent, or refused while the person is still looking at the form: the form shows why.
        if (outcome.kind !== "unreachable") await deleteEntry(entry.id);
        await reload();
        return outcome.kind === "unreachable" ? { kind: "queued" } : outcome;
      } finally {
        recording.current.delete(entry.id);
      }
    },
    [client, reload, userId, words],
  );

  const dismiss = useCallback(
    async (id: string) => {
      await deleteEntry(id);
      await reload();
    },
    [reload],
  );

  useEffect(() => {
    setOnline(navigator.onLine);
    const goOnline = () => {
      setOnline(true);
      void flush();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    void reload().then(() => (navigator.onLine ? flush() : undefined));
    const stopPreload = whenIdle(loadSend);
    return () => {
      stopPreload();
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
    };
  }, [flush, reload]);

  const pending = entries.some((e) => e.state === "pending");
  useEffect(() => {
    if (!pending || !online) return;
    const timer = setInterval(() => void flush(), retryEveryMs);
    return () => clearInterval(timer);
  }, [pending, online, flush]);

  const value = useMemo(
    () => ({ entries, online, lastSync, record, flush, dismiss }),
    [entries, online, lastSync, record, flush, dismiss],
  );
  return <OutboxContext.Provider value={value}>{children}</OutboxContext.Provider>;
}

export function useOutbox(): Outbox {
  const outbox = useContext(OutboxContext);
  if (!outbox) throw new Error("useOutbox needs an OutboxProvider");
  return outbox;
}
