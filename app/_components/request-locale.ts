import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { type Formatter, formatterFor, type Locale, localeFromAcceptLanguage } from "@/lib/format";

/** The person's locale for this request, from the browser's Accept-Language (decision 020). */
export const requestLocale = cache(async (): Promise<Locale> => {
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
});

/** The formatter for server components: dates, times, numbers and money in the person's locale. */
export async function getFormat(): Promise<Formatter> {
  return formatterFor(await requestLocale());
}
