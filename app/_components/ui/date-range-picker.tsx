"use client";

import { useRef, useState } from "react";
import { periodRangeError } from "@/lib/period-range";
import { Field } from "./field";
import { Input } from "./input";

type Problem = { field: "from" | "to"; message: string };

/**
 * A period as two date fields, From and To, for a GET form. The browser refuses to submit a
 * wrong range (the rule the server applies, `periodRangeError`), and the reason shows under the
 * field it is about.
 */
export function DateRangePicker({
  from,
  to,
  error,
  names = { from: "from", to: "to" },
  labels = { from: "From", to: "To" },
}: {
  from: string;
  to: string;
  /** The server's refusal of the range the page was asked for. */
  error?: Problem | undefined;
  names?: { from: string; to: string };
  labels?: { from: string; to: string };
}) {
  const [problem, setProblem] = useState(error);
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  function check() {
    const a = fromRef.current;
    const b = toRef.current;
    if (!a || !b) return;
    const found = a.value && b.value ? (periodRangeError(a.value, b.value) ?? undefined) : undefined;
    a.setCustomValidity(found?.field === "from" ? found.message : "");
    b.setCustomValidity(found?.field === "to" ? found.message : "");
    setProblem(found);
  }
  const date = (key: "from" | "to", value: string, ref: React.RefObject<HTMLInputElement | null>) => (
    <Field label={labels[key]} error={problem?.field === key ? problem.message : undefined} className="max-w-56">
      <Input
        ref={ref}
        type="date"
        name={names[key]}
        defaultValue={value}
        min="2000-01-01"
        max="2100-12-31"
        onChange={check}
        className="w-auto"
      />
    </Field>
  );
  return (
    <>
      {date("from", from, fromRef)}
      {date("to", to, toRef)}
    </>
  );
}
