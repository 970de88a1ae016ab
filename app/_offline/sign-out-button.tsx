"use client";

import { useTranslations } from "next-intl";

/**
 * Sign-out also forgets the pages kept for offline use, so the next person on a shared phone
 * never sees them. Actions not yet synced stay: they belong to their author and sync when
 * that person signs in again.
 */
export function SignOutButton() {
  const t = useTranslations("common");
  return (
    <form
      method="post"
      action="/logout"
      onSubmit={() => {
        if ("caches" in window) for (const name of ["pages", "pages-rsc"]) void caches.delete(name);
      }}
    >
      <button
        type="submit"
        className="min-h-11 rounded-lg px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
      >
        {t("signOut")}
      </button>
    </form>
  );
}
