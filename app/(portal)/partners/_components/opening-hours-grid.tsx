"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { CheckboxField } from "@/app/_components/ui/checkbox";
import { FieldErrorText } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { Table, TBody, Td, THead, Th, Tr } from "@/app/_components/ui/table";
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
      <Table className="w-auto">
        <THead className="sr-only">
          <Tr>
            <Th>Day</Th>
            <Th>Open</Th>
            <Th>Opens</Th>
            <Th>Closes</Th>
          </Tr>
        </THead>
        <TBody className="divide-y-0">
          {days.map(([d, name]) => (
            <Tr key={d} data-testid="opening-hours-day" className="align-middle">
              <Th scope="row" className="pl-0 text-left">
                {name}
              </Th>
              <Td>
                <CheckboxField
                  label="Open"
                  aria-label={`${name} open`}
                  checked={rows[d].open}
                  onCheckedChange={(open) => change(d, { open })}
                />
              </Td>
              <Td className="pr-2">
                <Input
                  type="time"
                  aria-label={`${name} opens`}
                  disabled={!rows[d].open}
                  value={rows[d].from}
                  onChange={(e) => change(d, { from: e.target.value })}
                  className="w-32"
                />
              </Td>
              <Td>
                {rows[d].open ? (
                  <Input
                    type="time"
                    aria-label={`${name} closes`}
                    value={rows[d].to}
                    onChange={(e) => change(d, { to: e.target.value })}
                    aria-invalid={tried && wrong(d) ? true : undefined}
                    aria-describedby={tried && wrong(d) ? `hours-${d}-error` : undefined}
                    className="w-32"
                  />
                ) : (
                  <span className="text-fg-muted">Closed</span>
                )}
                <FieldErrorText id={`hours-${d}-error`} error={tried && wrong(d) ? closingMessage : undefined} />
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          Save opening hours
        </Button>
        {message ? (
          <p role="status" className="text-body text-fg">
            {message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
