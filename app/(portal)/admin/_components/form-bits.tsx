"use client";

import { FormError, fieldErrorsOf } from "@/app/_components/form-errors";
import type { Formatter } from "@/lib/format";

export { FormError, fieldErrorsOf };

/** When something happened, in the reader's zone and locale, or "never". */
export function formatWhen(format: Formatter, date: Date | null | undefined) {
  return date ? format.dateTime(date) : "never";
}
