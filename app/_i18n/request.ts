import { getRequestConfig } from "next-intl/server";
import { requestLocale } from "@/app/_components/request-locale";
import { messagesFor } from "@/lib/i18n/messages";

/** next-intl's per-request setup: the person's language (decision 021), no locale in the URL. */
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  // Dates and times are formatted by the portal's own formatter in each store's zone (decision 020).
  return { locale, messages: messagesFor[locale], timeZone: "UTC" };
});
