"use client";

import { useId } from "react";
import { inputClass } from "./form-bits";

/** The IANA time zones the server knows, handed down as a prop so the list is the server's. */
export function TimeZoneSelect({
  value,
  onChange,
  timeZones,
  error,
  label = "Time zone",
}: {
  value: string;
  onChange: (value: string) => void;
  timeZones: readonly string[];
  error?: string[] | undefined;
  label?: string;
}) {
  const id = useId();
  // Labelled by id, not by wrapping: a wrapping label would name the select with all its options.
  return (
    <div className="text-sm font-medium">
      <label htmlFor={id} className="block">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        className={inputClass}
      >
        {timeZones.map((tz) => (
          <option key={tz} value={tz}>
            {tz}
          </option>
        ))}
      </select>
      {error ? <span className="mt-1 block font-normal text-rose-700">{error[0]}</span> : null}
    </div>
  );
}
