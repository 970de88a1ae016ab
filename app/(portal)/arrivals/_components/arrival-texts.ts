import { createTranslator } from "next-intl";
import arrivals from "@/lib/i18n/messages/en/arrivals.json";

type Key = "minutes" | "hours" | "hoursMinutes" | "in" | "dueNow" | "lateBy" | "ready" | "scannedIn";

/** The few arrival texts the board's pure helpers word: `useTranslations("arrivals")` fits it. */
export type ArrivalTexts = (key: Key, values?: Record<string, string | number>) => string;

/** English, for callers without a person's translator (tests, the server). */
export const englishArrivalTexts: ArrivalTexts = createTranslator({
  locale: "en-US",
  messages: { arrivals },
  namespace: "arrivals",
});
