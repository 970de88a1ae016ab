import type { Metadata } from "next";
import { PasswordForm } from "@/app/_components/password-form";
import { Card, PageHeader } from "@/app/_components/ui/card";
import { serverCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const account = await (await serverCaller()).account.get();
  return (
    <div className="space-y-5">
      <PageHeader title="Account" />
      <Card title="You">
        <dl className="grid gap-2 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="text-slate-600">Name</dt>
          <dd className="font-medium">{account.name}</dd>
          <dt className="text-slate-600">Email</dt>
          <dd className="font-medium">{account.email}</dd>
        </dl>
      </Card>
      <Card title="Password">
        <PasswordForm mode="change" />
      </Card>
    </div>
  );
}
