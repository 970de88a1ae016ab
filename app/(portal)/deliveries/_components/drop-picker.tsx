import { PillNav } from "@/app/_components/ui/pill-nav";
import { formatLocalTime } from "@/server/domain/time/local-day";

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
  if (drops.length < 2) return null;
  return (
    <PillNav
      label="Today's drop-offs"
      items={drops.map((d) => ({
        href: `/deliveries?store=${encodeURIComponent(partnerCode)}&drop=${d.id}`,
        label: `${formatLocalTime(d.windowStart, timeZone)} · ${d.driverName}`,
        current: d.id === currentId,
      }))}
    />
  );
}
