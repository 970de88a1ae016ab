import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/app/_components/password-form";
import { Card } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/page-header";
import { serverCaller } from "@/server/trpc/server";
import { LanguageSelect } from "./_components/language-select";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const [account, t] = await Promise.all([(await serverCaller()).account.get(), getTranslations("account")]);
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} />
      <Card title={t("you")}>
        <dl className="grid gap-2 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="text-slate-600">{t("name")}</dt>
          <dd className="font-medium">{account.name}</dd>
          <dt className="text-slate-600">{t("email")}</dt>
          <dd className="font-medium">{account.email}</dd>
        </dl>
        <div className="mt-4">
          <LanguageSelect current={account.locale} />
        </div>
      </Card>
      <Card title={t("password")}>
        <PasswordForm mode="change" />
      </Card>
    </div>
  );
}
