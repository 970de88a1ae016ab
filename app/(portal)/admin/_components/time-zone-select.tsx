"use client";

import type { ComponentProps } from "react";
import { Field, type FieldMessage } from "@/app/_components/ui/field";
import { Select } from "@/app/_components/ui/select";

/**
 * The IANA time zones the server knows, handed down as a prop so the list is the server's.
 * Registered with a form (`{...form.register("timeZone")}`) or controlled (`value`, `onChange`).
 */
export function TimeZoneSelect({
  timeZones,
  error,
  label = "Time zone",
  ...select
}: {
  timeZones: readonly string[];
  error?: FieldMessage;
  label?: string;
} & ComponentProps<"select">) {
  return (
    <Field label={label} error={error}>
      <Select {...select}>
        {timeZones.map((tz) => (
          <option key={tz} value={tz}>
            {tz}
          </option>
        ))}
      </Select>
    </Field>
  );
}
