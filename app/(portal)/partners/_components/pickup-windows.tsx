"use client";

import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { useTRPC } from "@/app/_trpc/client";
import { endsAfterStart, windowEndMessage } from "@/lib/time-window";

const weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
type Window = { isoWeekday: number; windowStart: string; windowEnd: string };

/** A mall partner's recurring pickup windows, edited as a whole week and saved at once. */
export function PickupWindows({ code }: { code: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.partners.pickupWindows.queryOptions({ code }));
  const [windows, setWindows] = useState<Window[]>(data);
  const save = useMutation(trpc.partners.setPickupWindows.mutationOptions({ onSuccess: (saved) => setWindows(saved) }));
  const change = (i: number, patch: Partial<Window>) =>
    setWindows(windows.map((w, j) => (j === i ? { ...w, ...patch } : w)));
  // Checked as the server checks it, shown at the row's "To" before anything is sent.
  const wrong = (w: Window) => !endsAfterStart(w.windowStart, w.windowEnd);
  const [tried, setTried] = useState(false);

  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (windows.some(wrong)) return;
        save.mutate({ code, windows });
      }}
    >
      {windows.length === 0 ? <p className="text-sm text-slate-600">No recurring pickups yet.</p> : null}
      <ul className="space-y-2">
        {windows.map((w, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
          <li key={i} className="flex flex-wrap items-end gap-2 text-sm" data-testid="pickup-window">
            <label>
              Day
              <select
                value={w.isoWeekday}
                onChange={(e) => change(i, { isoWeekday: Number(e.target.value) })}
                className="mt-1 block min-h-11 rounded-lg border border-slate-300 bg-white px-2"
              >
                {weekdays.map((name, d) => (
                  <option key={name} value={d + 1}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              From
              <input
                type="time"
                value={w.windowStart}
                onChange={(e) => change(i, { windowStart: e.target.value })}
                className="mt-1 block min-h-11 rounded-lg border border-slate-300 px-2"
              />
            </label>
            <label>
              To
              <input
                type="time"
                value={w.windowEnd}
                onChange={(e) => change(i, { windowEnd: e.target.value })}
                aria-invalid={tried && wrong(w) ? true : undefined}
                aria-describedby={tried && wrong(w) ? `window-${i}-error` : undefined}
                className="mt-1 block min-h-11 rounded-lg border border-slate-300 px-2 aria-invalid:border-rose-600"
              />
              {tried && wrong(w) ? (
                <span id={`window-${i}-error`} className="mt-1 block text-rose-700">
                  {windowEndMessage}
                </span>
              ) : null}
            </label>
            <Button variant="ghost" onClick={() => setWindows(windows.filter((_, j) => j !== i))}>
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={() => setWindows([...windows, { isoWeekday: 1, windowStart: "15:00", windowEnd: "15:30" }])}
        >
          Add window
        </Button>
        <Button type="submit" disabled={save.isPending}>
          Save schedule
        </Button>
        <span role="status" className="self-center text-sm">
          {save.isSuccess ? "Schedule saved." : save.error ? save.error.message : ""}
        </span>
      </div>
    </form>
  );
}
