import type { ArrivalStatus, ParcelStatus } from "@/lib/enums";
import { statusLabel } from "@/lib/lifecycle";
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

export function StatusBadge({ status }: { status: ParcelStatus | ArrivalStatus }) {
  const [tone, solid] = tones[status];
  return (
    <Badge tone={tone} solid={solid === true}>
      {statusLabel(status)}
    </Badge>
  );
}
