import { getFormat } from "@/app/_components/request-locale";
import { Link } from "@/app/_components/ui/link";
import type { Alert } from "@/server/domain/performance/dashboard";

/** How many alerts a page lists before pointing at the full, paged list. */
export const ALERTS_SHOWN = 10;

/**
 * Partners below their region's thresholds, each linking to its drill-down over its own local days.
 * A network with hundreds in alert lists the first few and links to them all (`allHref`).
 */
export async function AlertsList({
  partners,
  allHref,
}: {
  partners: { id: string; code: string; name: string; alerts: Alert[]; period: { from: string; to: string } }[];
  allHref: string;
}) {
  const format = await getFormat();
  if (partners.length === 0) {
    return <p className="text-body text-fg-muted">Every partner is above its region's thresholds.</p>;
  }
  return (
    <>
      <ul className="divide-y divide-border text-body">
        {partners.slice(0, ALERTS_SHOWN).map((p) => (
          <li key={p.id} className="flex flex-wrap gap-x-3 py-1.5">
            <Link
              href={`/performance/${encodeURIComponent(p.code)}?${new URLSearchParams({ from: p.period.from, to: p.period.to })}`}
              className="font-medium text-brand-700 hover:underline"
            >
              {p.name}
            </Link>
            {p.alerts.map((a) => (
              <span key={a.figure} className="text-danger">
                {a.figure} {format.figure(a.value, "percent")} (threshold {format.figure(a.threshold, "percent")},
                previous {format.figure(a.previous, "percent")})
              </span>
            ))}
          </li>
        ))}
      </ul>
      {partners.length > ALERTS_SHOWN ? (
        <p className="mt-2 text-body">
          <Link href={allHref} className="font-medium text-brand-700 hover:underline">
            Show all {partners.length} partners with alerts
          </Link>
        </p>
      ) : null}
    </>
  );
}
