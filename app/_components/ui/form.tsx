"use client";

import { fieldErrorsOf } from "@/app/_components/form-errors";
import type { FieldError } from "./use-form";

/**
 * Puts the server's field messages (tRPC's `fieldErrors`) on the form's own fields, so a
 * refusal the browser could not foresee (an http:// URL, a taken email) shows where the
 * client-side one would. Messages for other fields are left to FormError. `fields` are the
 * form's field names (`setError`'s).
 */
export function setServerErrors<Name extends string>(
  setError: (name: Name, error: FieldError) => void,
  error: unknown,
  fields: readonly NoInfer<Name>[],
) {
  for (const [name, messages] of Object.entries(fieldErrorsOf(error))) {
    const message = messages[0];
    if (message && (fields as readonly string[]).includes(name)) {
      setError(name as Name, { type: "server", message });
    }
  }
}
