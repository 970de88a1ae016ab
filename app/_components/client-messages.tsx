import "server-only";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { type ClientNamespace, pickMessages } from "@/lib/i18n/client-messages";
import { compiledMessages } from "@/lib/i18n/compiled-messages";
import { messagesFor } from "@/lib/i18n/messages";

/**
 * Gives the client components below the texts of these screens (plus every screen's shared
 * ones), in the person's language. `client-messages.test.ts` checks that each page's client
 * components find every namespace they read.
 */
export async function ClientMessages({
  namespaces = [],
  children,
}: {
  namespaces?: readonly ClientNamespace[];
  children: React.ReactNode;
}) {
  const locale = await getLocale();
  return (
    <NextIntlClientProvider locale={locale} messages={compiledMessages(pickMessages(messagesFor[locale], namespaces))}>
      {children}
    </NextIntlClientProvider>
  );
}
