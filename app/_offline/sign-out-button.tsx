import { getTranslations } from "next-intl/server";

/** A plain form: the service worker forgets the pages kept for offline use (app/sw.ts). */
export async function SignOutButton() {
  const t = await getTranslations("common");
  return (
    <form method="post" action="/logout">
      <button
        type="submit"
        className="min-h-11 rounded-lg px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
      >
        {t("signOut")}
      </button>
    </form>
  );
}
