"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { useTRPC } from "@/app/_trpc/client";
import type { OpeningHours } from "@/lib/opening-hours";
import { closingMessage, endsAfterStart } from "@/lib/time-window";

const days = [
  ["1", "Monday"],
  ["2", "Tuesday"],
  ["3", "Wednesday"],
  ["4", "Thursday"],
  ["5", "Friday"],
  ["6", "Saturday"],
  ["7", "Sunday"],
] as const;
type Day = (typeof days)[number][0];
type Row = { open: boolean; from: string; to: string };

/** The week's opening hours as a grid: each day open (with its hours) or closed, saved at once. */
export function OpeningHoursGrid({ code, initial }: { code: string; initial: OpeningHours }) {
  const trpc = useTRPC();
  const [rows, setRows] = useState<Record<Day, Row>>(
    () =>
      Object.fromEntries(
        days.map(([d]) => {
          const h = initial[d];
          return [d, { open: Boolean(h), from: h?.open ?? "09:00", to: h?.close ?? "17:00" }];
        }),
      ) as Record<Day, Row>,
  );
  const [message, setMessage] = useState<string | null>(null);
  const save = useMutation(
    trpc.partners.setOpeningHours.mutationOptions({
      onSuccess: () => setMessage("Opening hours saved."),
      onError: (e) => setMessage(e.message),
    }),
  );
  const change = (d: Day, patch: Partial<Row>) => setRows({ ...rows, [d]: { ...rows[d], ...patch } });
  // Checked as the server checks it, shown at the day's closing time before anything is sent.
  const wrong = (d: Day) => rows[d].open && !endsAfterStart(rows[d].from, rows[d].to);
  const [tried, setTried] = useState(false);

  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        setMessage(null);
        setTried(true);
        if (days.some(([d]) => wrong(d))) return;
        const hours = Object.fromEntries(
          days.flatMap(([d]) => (rows[d].open ? [[d, { open: rows[d].from, close: rows[d].to }]] : [])),
        );
        save.mutate({ code, hours });
      }}
    >
      <table className="text-sm">
        <thead className="sr-only">
          <tr>
            <th>Day</th>
            <th>Open</th>
            <th>Opens</th>
            <th>Closes</th>
          </tr>
        </thead>
        <tbody>
          {days.map(([d, name]) => (
            <tr key={d} data-testid="opening-hours-day">
              <th scope="row" className="pr-3 text-left font-medium">
                {name}
              </th>
              <td className="pr-3">
                <label className="inline-flex min-h-11 items-center gap-2">
                  <input
                    type="checkbox"
                    checked={rows[d].open}
                    onChange={(e) => change(d, { open: e.target.checked })}
                  />
                  Open
                </label>
              </td>
              <td className="pr-2">
                <input
                  type="time"
                  aria-label={`${name} opens`}
                  disabled={!rows[d].open}
                  value={rows[d].from}
                  onChange={(e) => change(d, { from: e.target.value })}
                  className="min-h-11 rounded-lg border border-slate-300 px-2 disabled:bg-slate-100"
                />
              </td>
              <td>
                {rows[d].open ? (
                  <input
                    type="time"
                    aria-label={`${name} closes`}
                    value={rows[d].to}
                    onChange={(e) => change(d, { to: e.target.value })}
                    aria-invalid={tried && wrong(d) ? true : undefined}
                    aria-describedby={tried && wrong(d) ? `hours-${d}-error` : undefined}
                    className="min-h-11 rounded-lg border border-slate-300 px-2 aria-invalid:border-rose-600"
                  />
                ) : (
                  <span className="text-slate-600">Closed</span>
                )}
                {tried && wrong(d) ? (
                  <span id={`hours-${d}-error`} className="ml-2 text-rose-700">
                    {closingMessage}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          Save opening hours
        </Button>
        {message ? (
          <p role="status" className="text-sm text-slate-700">
            {message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
