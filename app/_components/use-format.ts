"use client";

import { useContext } from "react";
import { type Formatter, formatterFor } from "@/lib/format";
import { LocaleContext } from "./locale";

/** The formatter for client components: dates, times, numbers and money in the person's locale. */
export function useFormat(): Formatter {
  return formatterFor(useContext(LocaleContext));
}
