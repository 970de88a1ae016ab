"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useDeferredValue, useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { Checkbox } from "@/app/_components/ui/checkbox";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { Link } from "@/app/_components/ui/link";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { useFormat } from "@/app/_components/use-format";
import { useSubscription, useTRPC } from "@/app/_trpc/client";
import type { ParcelStatus } from "@/lib/enums";
import type { Formatter } from "@/lib/format";
import { CancelledNotes } from "../../_components/cancelled-notes";
import { ScanField, type ScanResult } from "./scan-field";

type Filter = "open" | "announced" | "ready" | "picked_up";
const filters: Filter[] = ["open", "announced", "ready", "picked_up"];
type Texts = ReturnType<typeof useTranslations<"parcels">>;

export function ParcelQueue({ partnerCode }: { partnerCode: string }) {
  const t = useTranslations("parcels");
  const say = useTranslations("scan");
  const format = useFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<Filter>("open");
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkMessage, setBulkMessage] = useState<string | null>(null);
  // Deferred: while the next filter or search loads, the current list stays (no fallback flash).
  const shown = { filter: useDeferredValue(filter), search: useDeferredValue(search.trim()) };
  const queueOptions = trpc.parcels.queue.queryOptions({
    partnerCode,
    filter: shown.filter,
    search: shown.search || undefined,
  });
  const { data } = useSuspenseQuery(queueOptions);
  const tz = data.partner.timeZone;

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.parcels.queue.pathKey() });
  // Changes by anyone (another person, the carrier) refresh the queue within moments.
  useSubscription(
    trpc.live.changes.subscriptionOptions({ partnerCodes: [partnerCode] }, { onData: () => void refresh() }),
  );

  /** Shows the new status at once; rolls back if the server refuses. */
  function optimistic(trackingIds: string[], status: ParcelStatus) {
    const key = trpc.parcels.queue.pathKey();
    void queryClient.cancelQueries({ queryKey: key });
    const snapshot = queryClient.getQueriesData<typeof data>({ queryKey: key });
    queryClient.setQueriesData<typeof data>({ queryKey: key }, (old) =>
      old
        ? {
            ...old,
            groups: old.groups.map((g) => ({
              ...g,
              parcels: g.parcels.map((p) => (trackingIds.includes(p.trackingId) ? { ...p, status } : p)),
            })),
          }
        : old,
    );
    return () => {
      for (const [k, v] of snapshot) queryClient.setQueryData(k, v);
    };
  }

  const markReady = useMutation(trpc.parcels.markReady.mutationOptions());
  const undoReady = useMutation(trpc.parcels.undoReady.mutationOptions());
  const markMany = useMutation(trpc.parcels.markManyReady.mutationOptions());

  async function scan(trackingId: string): Promise<ScanResult> {
    const rollback = optimistic([trackingId], "ready");
    try {
      const result = await markReady.mutateAsync({ trackingId });
      return {
        ok: true,
        message: say(result.changed ? "isReady" : "alreadyReady", { trackingId: result.trackingId }),
      };
    } catch (error) {
      rollback();
      return { ok: false, message: error instanceof Error ? error.message : say("couldNotMarkReady") };
    } finally {
      void refresh();
    }
  }

  async function undo(trackingId: string) {
    const rollback = optimistic([trackingId], "announced");
    try {
      await undoReady.mutateAsync({ trackingId });
    } catch (error) {
      rollback();
      setBulkMessage(error instanceof Error ? error.message : say("couldNotUndo"));
    } finally {
      void refresh();
    }
  }

  async function markSelectedReady() {
    const ids = [...selected];
    const rollback = optimistic(ids, "ready");
    try {
      const outcomes = await markMany.mutateAsync({ trackingIds: ids, ready: true });
      const failed = outcomes.filter((o) => !o.ok);
      setBulkMessage(
        failed.length
          ? t("bulkPartial", {
              ok: ids.length - failed.length,
              failed: failed.length,
              messages: failed.map((f) => (f.ok ? "" : f.message)).join(" "),
            })
          : t("bulkDone", { count: ids.length }),
      );
      setSelected(new Set());
    } catch (error) {
      rollback();
      setBulkMessage(error instanceof Error ? error.message : t("bulkFailed"));
    } finally {
      void refresh();
    }
  }

  const { groups } = data;

  return (
    <div className="space-y-4">
      <Card>
        <ScanField onScan={scan} />
      </Card>
      <CancelledNotes cancelled={data.cancelled} timeZone={tz} />

      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <fieldset>
          <legend className="sr-only">{t("show")}</legend>
          <div className="flex flex-wrap gap-1">
            {filters.map((f) => (
              <button
                key={f}
                type="button"
                aria-pressed={filter === f}
                onClick={() => setFilter(f)}
                className={`min-h-11 rounded-lg px-3 text-sm font-medium ring-1 ${
                  filter === f ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-800 ring-slate-300"
                }`}
              >
                {t(`filter.${f}`)}
              </button>
            ))}
          </div>
        </fieldset>
        <Field label={t("searchLabel")}>
          <Input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            className="w-full font-mono sm:w-64"
          />
        </Field>
      </div>

      {selected.size > 0 ? (
        <div className="sticky top-0 z-10 flex items-center justify-between gap-2 rounded-lg bg-brand-50 p-2 ring-1 ring-brand-100">
          <span className="text-sm font-medium">{t("selected", { count: selected.size })}</span>
          <Button onClick={() => void markSelectedReady()} disabled={markMany.isPending}>
            {t("markReady")}
          </Button>
        </div>
      ) : null}
      {bulkMessage ? (
        <p role="status" className="rounded-lg bg-white p-2 text-sm ring-1 ring-slate-200">
          {bulkMessage}
        </p>
      ) : null}

      {data.total > data.shown ? (
        // The queue lists so many at once: it says so rather than stopping silently.
        <p
          className="rounded-lg bg-amber-50 p-2 text-sm text-amber-900 ring-1 ring-amber-200"
          data-testid="queue-partial"
        >
          {t("partial", { shown: data.shown, total: data.total })}
        </p>
      ) : null}
      {groups.length === 0 ? (
        <EmptyState title={shown.search ? t("noMatch", { search: shown.search }) : t("nothingHere")}>
          {shown.filter === "open" ? t("allWithDriver") : t("tryAnother")}
        </EmptyState>
      ) : (
        groups.map(({ key, arrival, parcels }) => (
          <Card key={key} title={groupTitle(t, format, arrival, tz, data.today)}>
            <ul className="divide-y divide-slate-100">
              {parcels.map((parcel) => (
                <li key={parcel.id} className="flex flex-wrap items-center gap-x-3 py-1" data-testid="queue-row">
                  {parcel.status === "announced" ? (
                    // The whole row is the checkbox's label: a thumb need not find a 20 px box.
                    <label className="flex min-h-control min-w-0 flex-1 cursor-pointer flex-wrap items-center gap-x-3">
                      <Checkbox
                        aria-label={t("select", { trackingId: parcel.trackingId })}
                        checked={selected.has(parcel.trackingId)}
                        onCheckedChange={(checked) => {
                          const next = new Set(selected);
                          if (checked) next.add(parcel.trackingId);
                          else next.delete(parcel.trackingId);
                          setSelected(next);
                        }}
                        className="-mx-3"
                      />
                      <QueueRowText parcel={parcel} />
                    </label>
                  ) : (
                    <div className="flex min-h-control min-w-0 flex-1 flex-wrap items-center gap-x-3">
                      <span className="size-5" />
                      <QueueRowText parcel={parcel} />
                    </div>
                  )}
                  <span className="ml-auto flex items-center gap-2">
                    <StatusBadge status={parcel.status} />
                    {parcel.status === "ready" ? (
                      <Button
                        variant="ghost"
                        onClick={() => void undo(parcel.trackingId)}
                        aria-label={t("undoReadyFor", { trackingId: parcel.trackingId })}
                      >
                        {t("undo")}
                      </Button>
                    ) : null}
                    <Link
                      href={`/parcels/${encodeURIComponent(parcel.trackingId)}`}
                      aria-label={t("detailsOf", { trackingId: parcel.trackingId })}
                      className="inline-flex min-h-11 items-center rounded-lg px-2 text-sm font-medium text-brand-700 hover:underline"
                    >
                      {t("details")}
                    </Link>
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        ))
      )}
    </div>
  );
}

/** "Pickup 5:00–5:30 PM · Dana Driver · 2/3 ready" (a pickup on another day names the day). */
function groupTitle(
  t: Texts,
  format: Formatter,
  arrival: {
    windowStart: Date;
    windowEnd: Date;
    driverName: string;
    status: string;
    ready: number | null;
    due: number | null;
  } | null,
  tz: string,
  today: string,
) {
  if (!arrival) return t("notOnPickup");
  // The same weekday, month and day in the store's zone: the same day, for any pickup a queue holds.
  const day = format.date(arrival.windowStart, tz);
  const isToday = format.day(today) === day;
  const when = `${isToday ? "" : `${day} `}${format.time(arrival.windowStart, tz)}–${format.time(arrival.windowEnd, tz)}`;
  const open = ["scheduled", "en_route", "arrived"].includes(arrival.status);
  return open && arrival.due !== null
    ? t("groupCounts", { when, driver: arrival.driverName, ready: arrival.ready ?? 0, due: arrival.due })
    : t("group", { when, driver: arrival.driverName });
}

function QueueRowText({ parcel }: { parcel: { trackingId: string; recipientName: string; serviceLevel: string } }) {
  const t = useTranslations("parcels");
  return (
    <>
      <span className="font-mono font-medium">{parcel.trackingId}</span>
      <span className="text-sm text-slate-700">{parcel.recipientName}</span>
      <span className="text-xs text-slate-500">{parcel.serviceLevel === "same_day" ? t("sameDay") : t("twoDay")}</span>
    </>
  );
}
