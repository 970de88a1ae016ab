import { useTranslations } from "next-intl";
import type { ArrivalStatus, ParcelStatus } from "@/lib/enums";
import { Badge, type BadgeTone } from "./badge";

const tones: Record<ParcelStatus | ArrivalStatus, [BadgeTone, solid?: true]> = {
  announced: ["neutral"],
  ready: ["success"],
  picked_up: ["info"],
  at_store: ["accent"],
  out_for_delivery: ["warning"],
  attempted: ["warning"],
  delivered: ["success", true],
  returned: ["neutral", true],
  cancelled: ["danger"],
  scheduled: ["neutral"],
  en_route: ["warning"],
  arrived: ["info"],
  completed: ["success"],
  missed: ["danger"],
};

/** A status in the person's language (server and client components alike). */
export function StatusBadge({ status }: { status: ParcelStatus | ArrivalStatus }) {
  const t = useTranslations("parcels.statusLabel");
  const [tone, solid] = tones[status];
  return (
    <Badge tone={tone} solid={solid === true}>
      {t(status)}
    </Badge>
  );
}
