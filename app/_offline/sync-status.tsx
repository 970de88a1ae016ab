"use client";

import { useTranslations } from "next-intl";
import { useOutbox } from "./outbox-provider";

/** The header's answer to "is everything I did sent?". */
export function SyncBadge() {
  const t = useTranslations("offline");
  const { entries, online } = useOutbox();
  const pending = entries.filter((e) => e.state === "pending").length;
  const attention = entries.length - pending;
  if (online && !entries.length) return null;
  return (
    <p role="status" data-testid="sync-badge" className="flex flex-wrap gap-1 text-xs font-semibold">
      {online ? null : <span className="rounded-full bg-slate-800 px-2 py-1 text-white">{t("badge")}</span>}
      {pending ? (
        <span className="rounded-full bg-amber-100 px-2 py-1 text-amber-900 ring-1 ring-amber-300">
          {t("waiting", { count: pending })}
        </span>
      ) : null}
      {attention ? (
        <span className="rounded-full bg-rose-100 px-2 py-1 text-rose-900 ring-1 ring-rose-300">
          {t("attention", { count: attention })}
        </span>
      ) : null}
    </p>
  );
}
