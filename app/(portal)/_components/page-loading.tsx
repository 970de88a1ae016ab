import { useTranslations } from "next-intl";

/**
 * What the desk sections (performance, partners, administration, earnings, search) show while
 * their next page is drawn on the server: those pages sum a region's figures or list a network,
 * and a click should answer at once. The store screens have none: their data comes in the page
 * itself (milliseconds), so their first paint is the screen, not a skeleton revealed after the
 * scripts run.
 */
export function PageLoading() {
  const t = useTranslations("common");
  return (
    <div role="status" aria-busy="true" aria-label={t("loading")} className="animate-pulse space-y-4">
      <div className="h-8 w-56 rounded bg-slate-200" />
      <div className="h-40 rounded-xl bg-slate-200" />
    </div>
  );
}
