import { createTranslator } from "next-intl";
import { defaultLocale, type Locale } from "../format";
import { validationText } from "./field-messages";
import { type Messages, messagesFor } from "./messages";

/**
 * Texts for one screen's namespace outside React: messages the server words for a person
 * (a scan's answer, a refusal) in that person's language (`actor.locale`).
 */
export function translatorFor<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: messagesFor[locale], namespace });
}

/**
 * A field's message as the person reads it: the schemas word their messages in English, and a
 * known one is given in `locale`; any other stays as it is.
 */
export function fieldMessageIn(locale: Locale, message: string): string {
  if (locale === defaultLocale) return message;
  const text = validationText(message);
  return text ? translatorFor(locale, "validation")(text.key, text.values) : message;
}
