import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/app/_components/password-form";
import { TRPCReactProvider } from "@/app/_trpc/client";
import { currentUser } from "../../(portal)/_components/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("setTitle") };
}

/** First sign-in with a one-time password: the person chooses their own before anything else. */
export default async function SetPasswordPage() {
  const me = await currentUser();
  if (!me) redirect("/login");
  if (!me.mustChangePassword) redirect("/");
  const t = await getTranslations("signIn");
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-2xl font-bold tracking-tight text-brand-700">Handoff</p>
          <h1 className="mt-2 text-lg font-semibold text-slate-900">{t("setHeading")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("setWelcome", { name: me.name })}</p>
        </div>
        <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <TRPCReactProvider>
            <PasswordForm mode="set" />
          </TRPCReactProvider>
        </div>
      </div>
    </main>
  );
}
