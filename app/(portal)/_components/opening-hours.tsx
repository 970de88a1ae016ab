import { useTranslations } from "next-intl";
import type { OpeningHours } from "@/lib/opening-hours";

const days = ["1", "2", "3", "4", "5", "6", "7"] as const;

/** A store's weekly opening hours, read-only; a day without hours is closed. */
export function OpeningHoursList({ hours }: { hours: OpeningHours }) {
  const t = useTranslations("today");
  if (Object.keys(hours).length === 0) return <p className="text-sm text-slate-600">{t("hoursNotSet")}</p>;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm" data-testid="opening-hours">
      {days.map((d) => {
        const h = hours[d];
        return (
          <div key={d} className="contents">
            <dt className="text-slate-600">{t(`weekday.${d}`)}</dt>
            <dd>{h ? `${h.open}–${h.close}` : t("closed")}</dd>
          </div>
        );
      })}
    </dl>
  );
}
