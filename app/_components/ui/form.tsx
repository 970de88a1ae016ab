"use client";

import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { fieldErrorsOf } from "@/app/_components/form-errors";

/**
 * Puts the server's field messages (tRPC's `fieldErrors`) on the form's own fields, so a
 * refusal the browser could not foresee (an http:// URL, a taken email) shows where the
 * client-side one would. Messages for other fields are left to FormError.
 */
export function setServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  error: unknown,
  fields: readonly Path<T>[],
) {
  for (const [name, messages] of Object.entries(fieldErrorsOf(error))) {
    const message = messages[0];
    if (message && (fields as readonly string[]).includes(name)) {
      setError(name as Path<T>, { type: "server", message });
    }
  }
}
