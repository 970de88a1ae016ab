"use client";

import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
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
      {windows.length === 0 ? <p className="text-body text-fg-muted">No recurring pickups yet.</p> : null}
      <ul className="space-y-2">
        {windows.map((w, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
          <li key={i} className="flex flex-wrap items-start gap-2 text-body" data-testid="pickup-window">
            <Field label="Day">
              <Select
                value={w.isoWeekday}
                onChange={(e) => change(i, { isoWeekday: Number(e.target.value) })}
                className="w-40"
              >
                {weekdays.map((name, d) => (
                  <option key={name} value={d + 1}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="From">
              <Input
                type="time"
                value={w.windowStart}
                onChange={(e) => change(i, { windowStart: e.target.value })}
                className="w-32"
              />
            </Field>
            <Field label="To" error={tried && wrong(w) ? windowEndMessage : undefined}>
              <Input
                type="time"
                value={w.windowEnd}
                onChange={(e) => change(i, { windowEnd: e.target.value })}
                className="w-32"
              />
            </Field>
            <Button variant="ghost" className="mt-6" onClick={() => setWindows(windows.filter((_, j) => j !== i))}>
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
        <span role="status" className="self-center text-body">
          {save.isSuccess ? "Schedule saved." : save.error ? save.error.message : ""}
        </span>
      </div>
    </form>
  );
}
