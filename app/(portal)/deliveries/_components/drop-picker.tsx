import { useTranslations } from "next-intl";
import { PillNav } from "@/app/_components/ui/pill-nav";
import { useFormat } from "@/app/_components/use-format";

/** When a store gets more than one drop-off today, a way to open each. */
export function DropPicker({
  partnerCode,
  drops,
  currentId,
  timeZone,
}: {
  partnerCode: string;
  drops: { id: string; windowStart: Date; driverName: string }[];
  currentId: string;
  timeZone: string;
}) {
  const t = useTranslations("deliveries");
  const format = useFormat();
  if (drops.length < 2) return null;
  return (
    <PillNav
      label={t("todaysDrops")}
      items={drops.map((d) => ({
        href: `/deliveries?store=${encodeURIComponent(partnerCode)}&drop=${d.id}`,
        label: `${format.time(d.windowStart, timeZone)} · ${d.driverName}`,
        current: d.id === currentId,
      }))}
    />
  );
}
