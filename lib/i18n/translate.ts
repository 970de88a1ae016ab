import { createTranslator } from "next-intl";
import type { Locale } from "../format";
import { type Messages, messagesFor } from "./messages";

/**
 * Texts for one screen's namespace outside React: messages the server words for a person
 * (a scan's answer, a refusal) in that person's language (`actor.locale`).
 */
export function translatorFor<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: messagesFor[locale], namespace });
}
