import type { ArrivalStatus, ParcelStatus } from "@/lib/enums";
import { statusLabel } from "@/lib/lifecycle";

const tones: Record<ParcelStatus | ArrivalStatus, string> = {
  announced: "bg-slate-100 text-slate-800",
  ready: "bg-emerald-100 text-emerald-900",
  picked_up: "bg-sky-100 text-sky-900",
  at_store: "bg-indigo-100 text-indigo-900",
  out_for_delivery: "bg-amber-100 text-amber-900",
  attempted: "bg-orange-100 text-orange-900",
  delivered: "bg-emerald-700 text-white",
  returned: "bg-slate-600 text-white",
  cancelled: "bg-rose-100 text-rose-900",
  scheduled: "bg-slate-100 text-slate-800",
  en_route: "bg-amber-100 text-amber-900",
  arrived: "bg-sky-100 text-sky-900",
  completed: "bg-emerald-100 text-emerald-900",
  missed: "bg-rose-100 text-rose-900",
};

export function StatusBadge({ status }: { status: ParcelStatus | ArrivalStatus }) {
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ${tones[status]}`}>
      {statusLabel(status)}
    </span>
  );
}
