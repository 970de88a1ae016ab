import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LocaleProvider } from "@/app/_components/locale";
import { requestLocale } from "@/app/_components/request-locale";
import { Link } from "@/app/_components/ui/link";
import { OutboxProvider } from "@/app/_offline/outbox-provider";
import { SignOutButton } from "@/app/_offline/sign-out-button";
import { SyncBadge } from "@/app/_offline/sync-status";
import { TRPCReactProvider } from "@/app/_trpc/client";
import { currentUser } from "./_components/current-user";
import { navFor, phoneNav } from "./_components/nav";
import { PhoneTabBar } from "./_components/phone-tab-bar";
import { PortalNav } from "./_components/portal-nav";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const [me, locale, t] = await Promise.all([currentUser(), requestLocale(), getTranslations()]);
  if (!me) redirect("/login");
  if (me.mustChangePassword) redirect("/set-password");
  const items = navFor(
    me.role,
    me.stores.map((s) => s.program),
  ).map((item) => ({ ...item, label: t(`nav.${item.label}`) }));
  return (
    <TRPCReactProvider>
      <LocaleProvider locale={locale}>
        <OutboxProvider userId={me.id}>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10">
            {t("common.skipToContent")}
          </a>
          <header className="border-b border-slate-200 bg-white print:hidden">
            <div className="mx-auto flex max-w-6xl min-[1800px]:max-w-[1760px] flex-col gap-2 px-4 pt-3 pb-2">
              <div className="flex items-center justify-between gap-3">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="text-lg font-bold tracking-tight text-brand-700">Handoff</span>
                  <SyncBadge />
                </span>
                <div className="flex items-center gap-3 text-right">
                  <div className="leading-tight">
                    <p className="text-sm font-medium text-slate-900">{me.name}</p>
                    <p className="text-xs text-slate-600">{t(`roles.${me.role}`)}</p>
                  </div>
                  <SignOutButton />
                </div>
                <Link
                  href="/account"
                  className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
                >
                  {t("common.account")}
                </Link>
              </div>
              <div className="hidden sm:block">
                <PortalNav items={items} />
              </div>
            </div>
          </header>
          <main id="main" className="mx-auto max-w-6xl min-[1800px]:max-w-[1760px] px-4 pt-5 pb-28 sm:py-8 print:p-0">
            {children}
          </main>
          <PhoneTabBar {...phoneNav(me.role, items)} />
        </OutboxProvider>
      </LocaleProvider>
    </TRPCReactProvider>
  );
}
