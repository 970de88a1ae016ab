"use client";

import { createContext, useContext } from "react";
import { defaultLocale, type Formatter, formatterFor, type Locale } from "@/lib/format";

const LocaleContext = createContext<Locale>(defaultLocale);

/** Gives client components the person's locale, resolved by the portal layout for the request. */
export function LocaleProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

/** The formatter for client components: dates, times, numbers and money in the person's locale. */
export function useFormat(): Formatter {
  return formatterFor(useContext(LocaleContext));
}
