import { useTranslations } from "next-intl";
import { useFormat } from "@/app/_components/use-format";

/** Parcels the carrier cancelled today: gone from the work lists, noted here for the rest of the day. */
export function CancelledNotes({
  cancelled,
  timeZone,
}: {
  cancelled: readonly { trackingId: string; reason: string; at: Date }[];
  timeZone: string;
}) {
  const t = useTranslations("parcels");
  const format = useFormat();
  if (cancelled.length === 0) return null;
  return (
    <section aria-label={t("cancelledToday")} className="rounded-xl bg-amber-50 p-4 ring-1 ring-amber-200">
      <h2 className="text-sm font-semibold text-amber-900">{t("cancelledToday")}</h2>
      <ul className="mt-2 space-y-1 text-sm text-amber-900">
        {cancelled.map((c) => (
          <li key={c.trackingId} data-testid="cancelled-note">
            <span className="font-mono">{c.trackingId}</span> — {t("cancelledBy", { reason: c.reason })}{" "}
            <span className="text-amber-800">({format.time(c.at, timeZone)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
