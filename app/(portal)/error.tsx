"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";

export default function PortalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  // An outage answers 503 (tRPC's data says so), whatever language its message is in.
  const status = (error as { data?: { httpStatus?: number } }).data?.httpStatus;
  const unavailable = status === 503 || /unreachable|unavailable/i.test(error.message);
  return (
    <div role="alert" className="rounded-xl bg-white p-6 text-center shadow-sm ring-1 ring-rose-200">
      <h1 className="text-lg font-semibold text-slate-900">{unavailable ? t("unavailable") : t("somethingWrong")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("nothingLost")}</p>
      <Button className="mt-4" onClick={reset}>
        {t("tryAgain")}
      </Button>
    </div>
  );
}
