"use client";

import { FormError, fieldErrorsOf } from "@/app/_components/form-errors";
import type { Formatter } from "@/lib/format";

export { FormError, fieldErrorsOf };

export const inputClass = "mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3";

/** A labelled text input with its error underneath. */
export function TextField({
  label,
  value,
  onChange,
  error,
  ...props
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string[] | undefined;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "onChange" | "value">) {
  return (
    <label className="block text-sm font-medium">
      {label}
      <input
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        className={inputClass}
        {...props}
      />
      {error ? <span className="mt-1 block font-normal text-rose-700">{error[0]}</span> : null}
    </label>
  );
}

/** When something happened, in the reader's zone and locale, or "never". */
export function formatWhen(format: Formatter, date: Date | null | undefined) {
  return date ? format.dateTime(date) : "never";
}
