import type { Metadata } from "next";
import { Link } from "@/app/_components/ui/link";
import { translatorFor } from "@/lib/i18n/translate";

const english = translatorFor("en-US", "offline");
const spanish = translatorFor("es", "offline");

export const metadata: Metadata = { title: `${english("title")} · ${spanish("title")}` };

// Prerendered, so the service worker can keep it; with no request to read, it speaks both languages.
export const dynamic = "force-static";

/** Shown by the service worker for a page it has not kept while there is no network. */
export default function OfflinePage() {
  return (
    <main className="mx-auto max-w-md space-y-10 px-4 py-16 text-center">
      {[
        { t: english, lang: "en", Heading: "h1" as const },
        { t: spanish, lang: "es", Heading: "h2" as const },
      ].map(({ t, lang, Heading }) => (
        <section key={lang} lang={lang}>
          <Heading className="text-2xl font-bold">{t("heading")}</Heading>
          <p className="mt-3 text-slate-700">{t("notSaved")}</p>
          <Link href="/deliveries" className="mt-6 inline-block font-medium text-brand-700 hover:underline">
            {t("goToDeliveries")}
          </Link>
        </section>
      ))}
    </main>
  );
}
