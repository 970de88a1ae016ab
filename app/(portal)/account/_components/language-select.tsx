"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { type Locale, languageNames, locales } from "@/lib/format";

/** The person's language on every device: saved as soon as it is picked, the page redrawn in it. */
export function LanguageSelect({ current }: { current: Locale }) {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const router = useRouter();
  const hintId = useId();
  const save = useMutation(trpc.account.setLanguage.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="space-y-1 text-sm">
      <label className="block font-medium">
        {t("language")}
        <select
          defaultValue={current}
          disabled={save.isPending}
          aria-describedby={hintId}
          onChange={(e) => save.mutate({ language: e.target.value as Locale })}
          className="mt-1 block min-h-11 w-full max-w-xs rounded-lg border border-slate-300 bg-white px-2"
        >
          {locales.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {languageNames[locale]}
            </option>
          ))}
        </select>
      </label>
      <p id={hintId} className="text-slate-600">
        {t("languageHint")}
      </p>
      {save.isSuccess ? <p role="status">{t("languageSaved")}</p> : null}
      {save.isError ? (
        <p role="alert" className="text-rose-700">
          {t("languageFailed")}
        </p>
      ) : null}
    </div>
  );
}
