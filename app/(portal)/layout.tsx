import { redirect } from "next/navigation";
import { OutboxProvider } from "@/app/_offline/outbox-provider";
import { SignOutButton } from "@/app/_offline/sign-out-button";
import { SyncBadge } from "@/app/_offline/sync-status";
import { TRPCReactProvider } from "@/app/_trpc/client";
import { currentUser } from "./_components/current-user";
import { navFor, roleLabels } from "./_components/nav";
import { PortalNav } from "./_components/portal-nav";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const me = await currentUser();
  if (!me) redirect("/login");
  const items = navFor(
    me.role,
    me.stores.map((s) => s.program),
  );
  return (
    <TRPCReactProvider>
      <OutboxProvider userId={me.id}>
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10">
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 pt-3 pb-2">
            <div className="flex items-center justify-between gap-3">
              <span className="flex flex-wrap items-center gap-2">
                <span className="text-lg font-bold tracking-tight text-brand-700">Handoff</span>
                <SyncBadge />
              </span>
              <div className="flex items-center gap-3 text-right">
                <div className="leading-tight">
                  <p className="text-sm font-medium text-slate-900">{me.name}</p>
                  <p className="text-xs text-slate-600">{roleLabels[me.role]}</p>
                </div>
                <SignOutButton />
              </div>
            </div>
            <PortalNav items={items} />
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-5 sm:py-8">
          {children}
        </main>
      </OutboxProvider>
    </TRPCReactProvider>
  );
}
