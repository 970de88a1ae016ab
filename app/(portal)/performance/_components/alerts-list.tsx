import Link from "next/link";
import { getFormat } from "@/app/_components/request-locale";
import type { Alert } from "@/server/domain/performance/dashboard";

/** Partners below their region's thresholds, each linking to its drill-down over its own local days. */
export async function AlertsList({
  partners,
}: {
  partners: { id: string; code: string; name: string; alerts: Alert[]; period: { from: string; to: string } }[];
}) {
  const format = await getFormat();
  if (partners.length === 0) {
    return <p className="text-sm text-slate-600">Every partner is above its region's thresholds.</p>;
  }
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {partners.map((p) => (
        <li key={p.id} className="flex flex-wrap gap-x-3 py-1.5">
          <Link
            href={`/performance/${encodeURIComponent(p.code)}?${new URLSearchParams({ from: p.period.from, to: p.period.to })}`}
            className="font-medium text-brand-700 hover:underline"
          >
            {p.name}
          </Link>
          {p.alerts.map((a) => (
            <span key={a.figure} className="text-rose-800">
              {a.figure} {format.figure(a.value, "percent")} (threshold {format.figure(a.threshold, "percent")},
              previous {format.figure(a.previous, "percent")})
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
