import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { currentUser } from "@/app/(portal)/_components/current-user";
import { type Formatter, formatterFor, type Locale, localeFromAcceptLanguage } from "@/lib/format";

/**
 * The person's locale for this request (decisions 020, 021): the language they chose on their
 * account page, else their browser's Accept-Language.
 */
export const requestLocale = cache(async (): Promise<Locale> => {
  const me = await currentUser();
  return me?.locale ?? localeFromAcceptLanguage((await headers()).get("accept-language"));
});

/** The formatter for server components: dates, times, numbers and money in the person's locale. */
export async function getFormat(): Promise<Formatter> {
  return formatterFor(await requestLocale());
}
