"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field } from "@/app/_components/ui/field";
import { Select } from "@/app/_components/ui/select";
import { useTRPC } from "@/app/_trpc/client";
import { type Locale, languageNames, locales } from "@/lib/format";

/** The person's language on every device: saved as soon as it is picked, the page redrawn in it. */
export function LanguageSelect({ current }: { current: Locale }) {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.account.setLanguage.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="space-y-1 text-body">
      <Field label={t("language")} hint={t("languageHint")}>
        <Select
          defaultValue={current}
          disabled={save.isPending}
          onChange={(e) => save.mutate({ language: e.target.value as Locale })}
          className="max-w-xs"
        >
          {locales.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {languageNames[locale]}
            </option>
          ))}
        </Select>
      </Field>
      {save.isSuccess ? <p role="status">{t("languageSaved")}</p> : null}
      {save.isError ? (
        <p role="alert" className="text-danger">
          {t("languageFailed")}
        </p>
      ) : null}
    </div>
  );
}
