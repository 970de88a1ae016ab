/** The locales the portal speaks; the first is the default for anyone else. */
export const locales = ["en-US", "es"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en-US";
