"use client";

import { DateRangePicker } from "@/app/_components/ui/date-range-picker";

/** The custom period's two dates (From, To), checked as the server checks them. */
export function PeriodFields(props: {
  from: string;
  to: string;
  error?: { field: "from" | "to"; message: string } | undefined;
}) {
  return <DateRangePicker {...props} />;
}
