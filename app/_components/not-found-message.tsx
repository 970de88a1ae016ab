import { useTranslations } from "next-intl";
import { Link } from "@/app/_components/ui/link";

/** What a person sees for an address that does not exist or that they may not see. */
export function NotFoundMessage() {
  const t = useTranslations("errors");
  return (
    <div className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("notFound")}</p>
      <Link href="/" className="mt-4 inline-block font-medium text-brand-700 hover:underline">
        {t("goHome")}
      </Link>
    </div>
  );
}
