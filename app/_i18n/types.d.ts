import type { Locale } from "@/lib/format";
import type { Messages } from "@/lib/i18n/messages";

// Message keys are checked by the type checker: a missing or misspelt key does not compile.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
