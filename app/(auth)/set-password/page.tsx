import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PasswordForm } from "@/app/_components/password-form";
import { TRPCReactProvider } from "@/app/_trpc/client";
import { currentUser } from "../../(portal)/_components/current-user";

export const metadata: Metadata = { title: "Set your password" };

/** First sign-in with a one-time password: the person chooses their own before anything else. */
export default async function SetPasswordPage() {
  const me = await currentUser();
  if (!me) redirect("/login");
  if (!me.mustChangePassword) redirect("/");
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-2xl font-bold tracking-tight text-brand-700">Handoff</p>
          <h1 className="mt-2 text-lg font-semibold text-slate-900">Choose your password</h1>
          <p className="mt-1 text-sm text-slate-600">
            Welcome, {me.name}. You signed in with a one-time password; choose your own to continue.
          </p>
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
