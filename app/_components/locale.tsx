"use client";

import { createContext } from "react";
import { defaultLocale, type Locale } from "@/lib/locales";

/** The person's locale, resolved by the portal layout for the request (read through `useFormat`). */
export const LocaleContext = createContext<Locale>(defaultLocale);

/** Gives client components the person's locale; the formatting code stays with the screens that format. */
export function LocaleProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}
