"use client";

import { useRef, useState } from "react";
import { periodRangeError } from "@/lib/period-range";

const inputClass = "mt-1 block min-h-11 rounded-lg border border-slate-300 px-2 aria-invalid:border-rose-600";

/**
 * The custom period's two dates. The browser refuses to submit a wrong range (the same check
 * the server makes), and the reason shows under the field it is about.
 */
export function PeriodFields({
  from,
  to,
  error,
}: {
  from: string;
  to: string;
  error?: { field: "from" | "to"; message: string } | undefined;
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
  const field = (name: "from" | "to", label: string, value: string, ref: React.RefObject<HTMLInputElement | null>) => (
    <label className="text-sm">
      {label}
      <input
        ref={ref}
        type="date"
        name={name}
        defaultValue={value}
        min="2000-01-01"
        max="2100-12-31"
        onChange={check}
        aria-invalid={problem?.field === name ? true : undefined}
        aria-describedby={problem?.field === name ? `period-${name}-error` : undefined}
        className={inputClass}
      />
      {problem?.field === name ? (
        <span id={`period-${name}-error`} className="mt-1 block max-w-56 text-rose-700">
          {problem.message}
        </span>
      ) : null}
    </label>
  );
  return (
    <>
      {field("from", "From", from, fromRef)}
      {field("to", "To", to, toRef)}
    </>
  );
}
